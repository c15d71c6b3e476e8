import type { Fact, Values } from '../parse-result.ts';

/**
 * The numbers of the one real sample, data/reports/real/songxian-2020-zfb.txt (2019 edition),
 * transcribed by hand: table 3 prints 0 in 新收/结转/其他处理/总计 and leaves every 办理结果 row from
 * 予以公开 to 要求行政机关确认… blank.
 */
const T3_COLS = [
  'natural',
  'business',
  'research',
  'public_interest',
  'legal_services',
  'other_org',
  'total',
];
const BLANK_ROWS = [
  'granted',
  'partial',
  'denied.state_secret',
  'denied.law_forbidden',
  'denied.three_safety',
  'denied.third_party',
  'denied.internal_affairs',
  'denied.process_info',
  'denied.enforcement_file',
  'denied.query_matter',
  'unable.not_held',
  'unable.needs_creation',
  'unable.unclear',
  'not_processed.petition',
  'not_processed.repeat',
  'not_processed.publication',
  'not_processed.mass_repeat',
  'not_processed.confirm',
];
const ZERO_ROWS = ['new', 'carried_over', 'other', 'total', 'carry_forward'];

export const SONGXIAN_VALUES: Values = {
  't2.regulations.made': 0,
  't2.regulations.published': 0,
  't2.regulations.total_public': 0,
  't2.normative.made': 9,
  't2.normative.published': 9,
  't2.normative.total_public': 9,
  't2.license.prev_items': 0,
  't2.license.change': 0,
  't2.license.decisions': 0,
  't2.other_services.prev_items': 0,
  't2.other_services.change': 0,
  't2.other_services.decisions': 0,
  't2.punishment.prev_items': 0,
  't2.punishment.change': 0,
  't2.punishment.decisions': 0,
  't2.coercion.prev_items': 0,
  't2.coercion.change': 0,
  't2.coercion.decisions': 0,
  't2.fees.prev_items': 0,
  't2.fees.change': 0,
  't2.procurement.count': 5,
  't2.procurement.amount': 15.91,
  ...Object.fromEntries(BLANK_ROWS.flatMap((r) => T3_COLS.map((c) => [`t3.${r}.${c}`, null]))),
  ...Object.fromEntries(ZERO_ROWS.flatMap((r) => T3_COLS.map((c) => [`t3.${r}.${c}`, 0]))),
  ...Object.fromEntries(
    ['review', 'suit_direct', 'suit_after_review'].flatMap((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`t4.${g}.${c}`, 0]),
    ),
  ),
};

/** Coded prose facts of the sample, offsets as found in the decoded text. */
export const SONGXIAN_FACTS: Fact[] = [
  { label: '政务动态', value: 335, unit: '条', code: 'narrative.published_news', start: 900, end: 908 },
  { label: '征集公众意见建议', value: 26, unit: '条', code: 'narrative.consultations', start: 987, end: 998 },
  { label: '回复网友留言', value: 52, unit: '条', code: 'narrative.messages_replied', start: 999, end: 1008 },
  { label: '上报信息', value: 673, unit: '条', code: 'narrative.info_submitted', start: 1013, end: 1021 },
  { label: '采用', value: 289, unit: '条', code: 'narrative.info_adopted', start: 1022, end: 1028 },
  { label: '采用率', value: 43, unit: '%', code: 'narrative.info_adoption_rate', start: 1029, end: 1035 },
  {
    label: '政务新媒体账号',
    value: 10,
    unit: '个',
    code: 'narrative.new_media_accounts',
    start: 1879,
    end: 1889,
  },
  {
    label: '培训',
    value: 90,
    unit: '人次',
    code: 'narrative.training_attendance',
    start: 2393,
    end: 2400,
    approximate: true,
  },
];
