import type { Edition } from '../metric.ts';
import type { ColumnDef, RowDef, T3Category } from './layout-types.ts';

const BOTH: readonly Edition[] = ['2019', '2021'];

const G_NEW = '一、本年新收政府信息公开申请数量';
const G_CARRIED = '二、上年结转政府信息公开申请数量';
const G_RESULT = '三、本年度办理结果';
const G_DENIED = '(三)不予公开';
const G_UNABLE = '(四)无法提供';
const G_NOT_PROCESSED = '(五)不予处理';
const G_OTHER = '(六)其他处理';
const G_CARRY = '四、结转下年度继续办理';

const row = (
  key: string,
  labelZh: string,
  labelEn: string,
  labels: readonly string[],
  group: string,
  editions: readonly Edition[] = BOTH,
): RowDef => ({ key, labelZh, labelEn, labels, group, editions });

/** Quote styles seen around 三安全一稳定 (straight, curly, corner, full-width, none). */
const THREE_SAFETY = [
  '“三安全一稳定”',
  '"三安全一稳定"',
  '‘三安全一稳定’',
  "'三安全一稳定'",
  '「三安全一稳定」',
  '三安全一稳定',
];

const NO_CORRECTION = '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
const NO_FEE = '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

/** Rows of table 3 in printed order; `other` is the 2019 row, `other.*` the 2021 sub-rows. */
export const T3_ROWS: readonly RowDef[] = [
  row(
    'new',
    '本年新收政府信息公开申请数量',
    'New applications this year',
    [
      '本年新收政府信息公开申请数量',
      '本年新收政府信息公开申请',
      '本年新收申请数量',
      '新收政府信息公开申请数量',
      '本年新收',
    ],
    G_NEW,
  ),
  row(
    'carried_over',
    '上年结转政府信息公开申请数量',
    'Carried over from last year',
    ['上年结转政府信息公开申请数量', '上年结转政府信息公开申请', '上年结转申请数量', '上年结转'],
    G_CARRIED,
  ),
  row('granted', '予以公开', 'Granted', ['予以公开', '全部公开', '予以全部公开'], G_RESULT),
  row('partial', '部分公开', 'Partially granted', ['部分公开', '予以部分公开'], G_RESULT),
  row('denied.state_secret', '属于国家秘密', 'State secret', ['属于国家秘密', '国家秘密'], G_DENIED),
  row(
    'denied.law_forbidden',
    '其他法律行政法规禁止公开',
    'Forbidden by other laws',
    ['其他法律行政法规禁止公开', '其他法律、行政法规禁止公开', '法律行政法规禁止公开'],
    G_DENIED,
  ),
  row(
    'denied.three_safety',
    '危及“三安全一稳定”',
    'Endangers the three securities and stability',
    [...THREE_SAFETY.map((q) => `危及${q}`), ...THREE_SAFETY],
    G_DENIED,
  ),
  row(
    'denied.third_party',
    '保护第三方合法权益',
    'Third-party rights',
    ['保护第三方合法权益', '保护第三方合法权利'],
    G_DENIED,
  ),
  row(
    'denied.internal_affairs',
    '属于三类内部事务信息',
    'Internal affairs',
    ['属于三类内部事务信息', '三类内部事务信息', '属于内部事务信息'],
    G_DENIED,
  ),
  row(
    'denied.process_info',
    '属于四类过程性信息',
    'Process information',
    ['属于四类过程性信息', '四类过程性信息', '属于过程性信息'],
    G_DENIED,
  ),
  row(
    'denied.enforcement_file',
    '属于行政执法案卷',
    'Enforcement files',
    ['属于行政执法案卷', '行政执法案卷'],
    G_DENIED,
  ),
  row(
    'denied.query_matter',
    '属于行政查询事项',
    'Administrative query matters',
    ['属于行政查询事项', '行政查询事项'],
    G_DENIED,
  ),
  row(
    'unable.not_held',
    '本机关不掌握相关政府信息',
    'Not held',
    ['本机关不掌握相关政府信息', '本机关不掌握相关信息', '不掌握相关政府信息'],
    G_UNABLE,
  ),
  row(
    'unable.needs_creation',
    '没有现成信息需要另行制作',
    'Would need to be created',
    [
      '没有现成信息需要另行制作',
      '没有现成信息,需要另行制作',
      '没有现成信息，需要另行制作',
      '没有现成信息需另行制作',
      '无现成信息需要另行制作',
    ],
    G_UNABLE,
  ),
  row(
    'unable.unclear',
    '补正后申请内容仍不明确',
    'Still unclear after correction',
    ['补正后申请内容仍不明确', '补正后申请内容仍然不明确'],
    G_UNABLE,
  ),
  row(
    'not_processed.petition',
    '信访举报投诉类申请',
    'Petitions and complaints',
    ['信访举报投诉类申请', '信访举报投诉类'],
    G_NOT_PROCESSED,
  ),
  row('not_processed.repeat', '重复申请', 'Repeated applications', ['重复申请'], G_NOT_PROCESSED),
  row(
    'not_processed.publication',
    '要求提供公开出版物',
    'Requests for publications',
    ['要求提供公开出版物'],
    G_NOT_PROCESSED,
  ),
  row(
    'not_processed.mass_repeat',
    '无正当理由大量反复申请',
    'Mass repeated applications',
    ['无正当理由大量反复申请'],
    G_NOT_PROCESSED,
  ),
  row(
    'not_processed.confirm',
    '要求行政机关确认或重新出具已获取信息',
    'Requests to confirm obtained information',
    [
      '要求行政机关确认或重新出具已获取信息',
      '要求行政机关确认或者重新出具已获取信息',
      '要求行政机关确认或重新出具已获取的信息',
    ],
    G_NOT_PROCESSED,
  ),
  row('other', '其他处理', 'Other handling', ['其他处理'], G_OTHER, ['2019']),
  row(
    'other.no_correction',
    '申请人无正当理由逾期不补正',
    'No correction by the applicant',
    [
      NO_CORRECTION,
      '申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请',
      '申请人无正当理由逾期不补正',
    ],
    G_OTHER,
    ['2021'],
  ),
  row(
    'other.no_fee',
    '申请人逾期未按收费通知要求缴纳费用',
    'Fee not paid',
    [
      NO_FEE,
      '申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用',
    ],
    G_OTHER,
    ['2021'],
  ),
  row('other.other', '其他', 'Other', ['其他'], G_OTHER, ['2021']),
  row('total', '总计', 'Total', ['总计', '合计'], G_RESULT),
  row(
    'carry_forward',
    '结转下年度继续办理',
    'Carried forward to next year',
    ['结转下年度继续办理', '结转下年度继续办理数量', '结转下年继续办理', '结转下一年度继续办理'],
    G_CARRY,
  ),
];

const ORG = ['法人或其他组织', '法人或者其他组织'];

/** Applicant columns of table 3 in printed order; all counts of applications. */
export const T3_COLUMNS: readonly ColumnDef[] = [
  { key: 'natural', labelZh: '自然人', labelEn: 'Natural persons', labels: ['自然人'], unit: '件' },
  {
    key: 'business',
    labelZh: '商业企业',
    labelEn: 'Businesses',
    labels: ['商业企业'],
    unit: '件',
    parentLabels: ORG,
  },
  {
    key: 'research',
    labelZh: '科研机构',
    labelEn: 'Research institutions',
    labels: ['科研机构'],
    unit: '件',
    parentLabels: ORG,
  },
  {
    key: 'public_interest',
    labelZh: '社会公益组织',
    labelEn: 'Public-interest organisations',
    labels: ['社会公益组织'],
    unit: '件',
    parentLabels: ORG,
  },
  {
    key: 'legal_services',
    labelZh: '法律服务机构',
    labelEn: 'Legal service providers',
    labels: ['法律服务机构'],
    unit: '件',
    parentLabels: ORG,
  },
  {
    key: 'other_org',
    labelZh: '其他法人或组织',
    labelEn: 'Other organisations',
    labels: ['其他', '其他组织'],
    unit: '件',
    parentLabels: ORG,
  },
  { key: 'total', labelZh: '总计', labelEn: 'Total', labels: ['总计', '合计'], unit: '件' },
];

/** Category headings whose rows are summed into derived codes (`t3.denied.<col>` …). */
export const T3_CATEGORIES: readonly T3Category[] = [
  {
    key: 'denied',
    labelZh: '不予公开',
    labelEn: 'Denied',
    labels: ['不予公开'],
    rows: T3_ROWS.filter((r) => r.key.startsWith('denied.')).map((r) => r.key),
    editions: BOTH,
  },
  {
    key: 'unable',
    labelZh: '无法提供',
    labelEn: 'Unable to provide',
    labels: ['无法提供'],
    rows: T3_ROWS.filter((r) => r.key.startsWith('unable.')).map((r) => r.key),
    editions: BOTH,
  },
  {
    key: 'not_processed',
    labelZh: '不予处理',
    labelEn: 'Not processed',
    labels: ['不予处理'],
    rows: T3_ROWS.filter((r) => r.key.startsWith('not_processed.')).map((r) => r.key),
    editions: BOTH,
  },
  {
    key: 'other',
    labelZh: '其他处理',
    labelEn: 'Other handling',
    labels: ['其他处理'],
    rows: T3_ROWS.filter((r) => r.key.startsWith('other.')).map((r) => r.key),
    // In 2019 `other` is a printed row, not a sum.
    editions: ['2021'],
  },
];
