import type { Edition } from '../metric.ts';
import type { ColumnDef, RowDef, T2Block } from './layout-types.ts';

const ITEM_1 = '第二十条第（一）项';
const ITEM_5 = '第二十条第（五）项';
const ITEM_6 = '第二十条第（六）项';
const ITEM_8 = '第二十条第（八）项';
const ITEM_9 = '第二十条第（九）项';

const row = (
  key: string,
  labelZh: string,
  labelEn: string,
  labels: readonly string[],
  group: string,
  editions: readonly Edition[],
  tolerated?: true,
): RowDef =>
  tolerated
    ? { key, labelZh, labelEn, labels, group, editions, tolerated }
    : { key, labelZh, labelEn, labels, group, editions };

const BOTH: readonly Edition[] = ['2019', '2021'];
const ONLY_2019: readonly Edition[] = ['2019'];

// Rows shared by both editions keep one definition so their labels never drift apart.
const regulations = (e: readonly Edition[]) => row('regulations', '规章', 'Regulations', ['规章'], ITEM_1, e);
const normative = (e: readonly Edition[]) =>
  row(
    'normative',
    '规范性文件',
    'Normative documents',
    ['规范性文件', '行政规范性文件', '其他规范性文件'],
    ITEM_1,
    e,
  );
const license = (e: readonly Edition[]) =>
  row('license', '行政许可', 'Administrative licensing', ['行政许可'], ITEM_5, e);
const punishment = (e: readonly Edition[]) =>
  row('punishment', '行政处罚', 'Administrative penalties', ['行政处罚'], ITEM_6, e);
const coercion = (e: readonly Edition[]) =>
  row('coercion', '行政强制', 'Administrative coercion', ['行政强制'], ITEM_6, e);
const fees = (e: readonly Edition[]) =>
  row('fees', '行政事业性收费', 'Administrative fees', ['行政事业性收费', '行政事业收费'], ITEM_8, e);
const OTHER_SERVICES_LABELS = ['其他对外管理服务事项', '其他对外管理服务', '对外管理服务事项'];

const PREV_ITEMS: ColumnDef = {
  key: 'prev_items',
  labelZh: '上一年项目数量',
  labelEn: 'Items at end of previous year',
  labels: ['上一年项目数量', '上年项目数量', '上一年项目数', '上年项目数'],
  unit: '项',
};
const CHANGE: ColumnDef = {
  key: 'change',
  labelZh: '本年增/减',
  labelEn: 'Change this year',
  labels: [
    '本年增/减',
    '本年增减',
    '本年增/减数量',
    '增/减',
    '增减',
    '本年增加/减少',
    '本年增',
    '本年新增/减少',
  ],
  unit: '项',
};
const DECISIONS_2019: ColumnDef = {
  key: 'decisions',
  labelZh: '处理决定数量',
  labelEn: 'Decisions',
  labels: ['处理决定数量', '本年处理决定数量', '处理决定数', '本年处理决定数'],
  unit: '件',
};
const DECISIONS_2021: ColumnDef = { ...DECISIONS_2019, labelZh: '本年处理决定数量' };

/** Table 2 of each edition, block by block, in printed order (spec/metrics.md). */
export const T2_BLOCKS: Readonly<Record<Edition, readonly T2Block[]>> = {
  '2019': [
    {
      item: ITEM_1,
      rows: [regulations(BOTH), normative(BOTH)],
      columns: [
        {
          key: 'made',
          labelZh: '本年新制作数量',
          labelEn: 'Made this year',
          labels: ['本年新制作数量', '本年制作数量', '新制作数量', '本年新制作', '本年新制发数量'],
          unit: '件',
        },
        {
          key: 'published',
          labelZh: '本年新公开数量',
          labelEn: 'Published this year',
          labels: ['本年新公开数量', '本年公开数量', '新公开数量', '本年新公开'],
          unit: '件',
        },
        {
          key: 'total_public',
          labelZh: '对外公开总数量',
          labelEn: 'Total public',
          labels: ['对外公开总数量', '对外公开总数', '公开总数量', '对外公开数量'],
          unit: '件',
        },
      ],
    },
    {
      item: ITEM_5,
      rows: [
        license(BOTH),
        row(
          'other_services',
          '其他对外管理服务事项',
          'Other external services',
          OTHER_SERVICES_LABELS,
          ITEM_5,
          ONLY_2019,
        ),
      ],
      columns: [PREV_ITEMS, CHANGE, DECISIONS_2019],
    },
    { item: ITEM_6, rows: [punishment(BOTH), coercion(BOTH)], columns: [PREV_ITEMS, CHANGE, DECISIONS_2019] },
    { item: ITEM_8, rows: [fees(BOTH)], columns: [PREV_ITEMS, CHANGE] },
    {
      item: ITEM_9,
      rows: [
        row(
          'procurement',
          '政府集中采购',
          'Centralised government procurement',
          ['政府集中采购'],
          ITEM_9,
          ONLY_2019,
        ),
      ],
      columns: [
        {
          key: 'count',
          labelZh: '采购项目数量',
          labelEn: 'Procurement projects',
          labels: ['采购项目数量', '采购项目数', '项目数量'],
          unit: '项',
        },
        {
          key: 'amount',
          labelZh: '采购总金额',
          labelEn: 'Procurement amount',
          labels: ['采购总金额', '采购金额', '采购总金额万元'],
          unit: '万元',
        },
      ],
    },
  ],
  '2021': [
    {
      item: ITEM_1,
      rows: [regulations(BOTH), normative(BOTH)],
      columns: [
        {
          key: 'made',
          labelZh: '本年制发件数',
          labelEn: 'Issued this year',
          labels: ['本年制发件数', '本年制发数量', '制发件数', '本年新制发件数', '本年制发'],
          unit: '件',
        },
        {
          key: 'repealed',
          labelZh: '本年废止件数',
          labelEn: 'Repealed this year',
          labels: ['本年废止件数', '本年废止数量', '废止件数', '本年废止'],
          unit: '件',
        },
        {
          key: 'in_force',
          labelZh: '现行有效件数',
          labelEn: 'In force',
          labels: ['现行有效件数', '现行有效数量', '现行有效'],
          unit: '件',
        },
      ],
    },
    {
      item: ITEM_5,
      rows: [
        license(BOTH),
        // The 2021 format dropped this row, yet many 2021 reports kept their old table (spec).
        row(
          'other_services',
          '其他对外管理服务事项',
          'Other external services',
          OTHER_SERVICES_LABELS,
          ITEM_5,
          ONLY_2019,
          true,
        ),
      ],
      columns: [DECISIONS_2021],
    },
    { item: ITEM_6, rows: [punishment(BOTH), coercion(BOTH)], columns: [DECISIONS_2021] },
    {
      item: ITEM_8,
      rows: [fees(BOTH)],
      columns: [
        {
          key: 'amount',
          labelZh: '本年收费金额',
          labelEn: 'Fees collected this year',
          labels: ['本年收费金额', '收费金额', '本年收费金额万元', '本年收费总金额'],
          unit: '万元',
        },
      ],
    },
  ],
};
