import type { Block } from '../document/blocks.ts';
import { ordinal } from '../document/labels.ts';
import type { Voice } from './voice.ts';

const PROBLEMS = [
  '政务公开工作人员业务能力有待进一步提升',
  '政策解读形式较为单一，图解、视频等解读方式运用不够',
  '部分栏目信息更新不够及时',
  '依申请公开办理规范化水平还需加强',
  '公开内容与群众需求的契合度还不够高',
];

const MEASURES = [
  '加强业务培训，提升工作人员政务公开能力和水平',
  '丰富政策解读形式，提高解读质量',
  '落实栏目更新责任，定期开展自查自纠',
  '规范依申请公开办理流程，严格答复审核',
  '聚焦群众关切，拓展公开的深度和广度',
];

/** Two distinct items of a list, chosen per report. */
function two(v: Voice, slot: string, items: readonly string[]): [string, string] {
  const a = v.pick(`${slot}-a`, items);
  const rest = items.filter((x) => x !== a);
  return [a, v.pick(`${slot}-b`, rest)];
}

/** 五、存在的主要问题及改进情况: problems, last year's follow-up (2021 format) and next steps. */
export function problems(v: Voice): Block[] {
  const [p1, p2] = two(v, 'problem', PROBLEMS);
  const [m1, m2] = two(v, 'measure', MEASURES);
  const blocks: Block[] = [];
  if (v.report.edition === '2021') {
    blocks.push({
      type: 'paragraph',
      text: `${ordinal(v.style, '一')}上年度问题整改情况。针对上年度报告中提出的问题，${v.self}逐项制定整改措施，明确责任人和完成时限，相关问题已整改到位。`,
    });
  }
  blocks.push({
    type: 'paragraph',
    text: `${v.report.year}年，${v.self}政府信息公开工作取得一定成效，但与上级要求和人民群众的期待相比，还存在一定差距。一是${p1}；二是${p2}。`,
  });
  blocks.push({
    type: 'paragraph',
    text: `下一步，${v.self}将${v.pick('next', ['进一步采取有效措施', '认真贯彻落实《条例》规定'])}：一是${m1}；二是${m2}；三是强化监督考核，推动政务公开工作再上新台阶。`,
  });
  return blocks;
}

/** 六、其他需要报告的事项: fee statement, proposals handled, or 无. */
export function otherMatters(v: Voice): Block[] {
  const { year } = v.report;
  const fee =
    year >= 2021
      ? `依据《政府信息公开信息处理费管理办法》规定的按件、按量收费标准，${v.self}本年度未收取信息处理费。`
      : `${v.self}本年度未收取政府信息公开相关费用。`;
  const seed = v.report.variant;
  const text = v.pick('other-matters', [
    fee,
    '无。',
    `${fee}${year}年共办理人大代表建议${seed % 17}件、政协委员提案${(seed >> 5) % 13}件，按期办复率100%。`,
  ]);
  return [{ type: 'paragraph', text }];
}

/** The closing signature: agency name and publication date, right-aligned. */
export function signature(v: Voice): Block[] {
  const [y, m, d] = v.report.published.split('-').map(Number);
  return [
    { type: 'paragraph', text: v.report.agency, align: 'right' },
    { type: 'paragraph', text: `${y}年${m}月${d}日`, align: 'right' },
  ];
}
