import type { Block } from '../document/blocks.ts';
import { ordinal } from '../document/labels.ts';
import { listZh, type Voice } from './voice.ts';

/** 全年主动公开政府信息共 N 条，其中政务动态 … — only the figures the report states. */
function proactive(v: Voice): string {
  const n = v.report.narrative;
  const { year } = v.report;
  const lead = v.pick('proactive-lead', [
    `${year}年，${v.self}坚持以公开为常态、不公开为例外，`,
    `${v.self}严格落实年度政务公开工作要点，`,
    `${year}年，${v.self}围绕${listZh(v.report.domains.slice(0, 2))}等重点领域，`,
  ]);
  const channels = [
    n.publishedNews !== null ? `${v.pick('news-label', ['政务动态', '工作动态'])}${n.publishedNews}条` : null,
    n.publishedInterpretation !== null ? `政策解读${n.publishedInterpretation}篇` : null,
    n.publishedNotices !== null ? `通知公告${n.publishedNotices}条` : null,
  ].filter((x): x is string => x !== null);
  let figures: string;
  if (n.publishedTotal !== null) {
    const total = v.pick('total', [
      `全年主动公开政府信息共${n.publishedTotal}条`,
      `通过政府门户网站主动公开各类政府信息${n.publishedTotal}条`,
    ]);
    figures = channels.length > 0 ? `${total}，其中${channels.join('、')}。` : `${total}。`;
  } else if (channels.length > 0) {
    figures = `通过政府门户网站发布${channels.join('，')}。`;
  } else {
    figures = '及时发布各类政府信息，主动回应社会关切。';
  }
  const domains = `重点做好${listZh(v.report.domains)}等领域信息公开，确保信息发布及时、准确、完整。`;
  return `${lead}${figures}${domains}`;
}

/** 收到政府信息公开申请 N 件 when the report states it (always the table's 本年新收 total). */
function onRequest(v: Voice): string {
  const received = v.report.narrative.applicationsReceived;
  const process = '进一步规范依申请公开受理、登记、审核、答复等工作流程，严格按照法定时限和程序办理。';
  if (received !== null) {
    return `${process}${v.report.year}年共收到政府信息公开申请${received}件，${v.pick('replied', ['均已在法定期限内予以答复', '已全部按期办结', '均依法依规作出答复'])}。`;
  }
  return v.pick('on-request', [process, `${process}申请的受理、办理情况详见本报告第三部分。`]);
}

/** 报送政务信息 N 条，被采用 M 条，采用率 R% — and consultations and replies. */
function management(v: Voice): string {
  const n = v.report.narrative;
  const parts = ['严格落实信息发布“三审三校”制度，确保公开内容合法合规。'];
  if (n.infoSubmitted !== null) {
    const submitted = v.pick('submitted', [
      `全年向${v.report.superior}报送政务信息${n.infoSubmitted}条`,
      `全年上报政务信息${n.infoSubmitted}条`,
      v.report.superior === '市政府'
        ? `向市政府上报信息${n.infoSubmitted}条`
        : `向上级报送信息${n.infoSubmitted}条`,
    ]);
    const adopted =
      n.infoAdopted !== null ? `，${v.pick('adopted', ['被采用', '采用'])}${n.infoAdopted}条` : '';
    const rate = n.infoAdoptionRate !== null ? `，采用率${n.infoAdoptionRate}%` : '';
    parts.push(`${submitted}${adopted}${rate}。`);
  }
  if (n.consultations !== null) {
    parts.push(
      v.pick('consult', [
        `围绕重要政策文件开展征集公众意见${n.consultations}次。`,
        `开展网上意见征集${n.consultations}次。`,
      ]),
    );
  }
  if (n.messagesReplied !== null) {
    parts.push(
      v.pick('messages', [
        `回复网友留言${n.messagesReplied}条。`,
        `通过留言板回复留言${n.messagesReplied}条，办理时限控制在5个工作日内。`,
      ]),
    );
  }
  return parts.join('');
}

/** 政务新媒体账号 N 个. */
function platform(v: Voice): string {
  const accounts = v.report.narrative.newMediaAccounts;
  const site = '持续加强政府网站信息公开专栏建设，及时更新栏目内容，清理空白栏目。';
  if (accounts === null) return site;
  return `${site}${v.pick('accounts', [`目前共有政务新媒体账号${accounts}个`, `规范管理政务新媒体${accounts}个`])}，做到专人管理、及时更新。`;
}

/** 培训 N 人次 (or "N余人次"). */
function oversight(v: Voice): string {
  const n = v.report.narrative;
  const base = `将政务公开工作纳入年度目标考核，明确分管领导和专职工作人员，${v.pick('oversight', ['形成主要领导亲自抓、分管领导具体抓的工作格局', '建立健全政务公开工作责任制'])}。`;
  if (n.trainingAttendance === null) return base;
  const count = `${n.trainingAttendance}${n.trainingApproximate ? '余' : ''}人次`;
  return `${base}${v.pick('training', [`全年组织开展政务公开业务培训，累计培训${count}。`, `采取集中学习、以会代训等方式开展培训，培训${count}。`])}`;
}

/** 一、总体情况: five themed paragraphs, headed as (一)… or led by the theme inline. */
export function overview(v: Voice): Block[] {
  const sections: [string, string][] = [
    ['主动公开', proactive(v)],
    ['依申请公开', onRequest(v)],
    ['政府信息管理', management(v)],
    ['政府信息公开平台建设', platform(v)],
    ['监督保障', oversight(v)],
  ];
  const headed = v.pick('overview-headings', [true, true, false]);
  const numerals = ['一', '二', '三', '四', '五'];
  return sections.flatMap(([theme, text], i): Block[] => {
    const label = `${ordinal(v.style, numerals[i] ?? '')}${theme}`.replace(/\s+$/u, '');
    return headed
      ? [
          { type: 'heading', text: label },
          { type: 'paragraph', text },
        ]
      : [{ type: 'paragraph', text: `${label}。${text}` }];
  });
}
