import type { ColumnDef, RowDef } from './layout-types.ts';

const SUIT = '行政诉讼';

/** Groups of table 4 in printed order: review, then the two kinds of suit. */
export const T4_GROUPS: readonly RowDef[] = [
  {
    key: 'review',
    labelZh: '行政复议',
    labelEn: 'Administrative review',
    labels: ['行政复议'],
    group: '行政复议',
    editions: ['2019', '2021'],
  },
  {
    key: 'suit_direct',
    labelZh: '未经复议直接起诉',
    labelEn: 'Suits filed directly',
    labels: ['未经复议直接起诉', '直接起诉', '未经复议直接提起诉讼'],
    group: SUIT,
    editions: ['2019', '2021'],
  },
  {
    key: 'suit_after_review',
    labelZh: '复议后起诉',
    labelEn: 'Suits after review',
    labels: ['复议后起诉', '经复议后起诉', '复议后提起诉讼'],
    group: SUIT,
    editions: ['2019', '2021'],
  },
];

/** Outcome columns repeated under each table-4 group, in printed order; counts of cases. */
export const T4_COLUMNS: readonly ColumnDef[] = [
  { key: 'upheld', labelZh: '结果维持', labelEn: 'Upheld', labels: ['结果维持', '维持'], unit: '件' },
  { key: 'corrected', labelZh: '结果纠正', labelEn: 'Corrected', labels: ['结果纠正', '纠正'], unit: '件' },
  { key: 'other', labelZh: '其他结果', labelEn: 'Other outcome', labels: ['其他结果', '其他'], unit: '件' },
  {
    key: 'pending',
    labelZh: '尚未审结',
    labelEn: 'Pending',
    labels: ['尚未审结', '未审结', '尚未结案'],
    unit: '件',
  },
  { key: 'total', labelZh: '总计', labelEn: 'Total', labels: ['总计', '合计'], unit: '件' },
];
