import type { Formula, MetricDef, Unit } from '../metric.ts';
import { SECTIONS } from './sections.ts';

const derived = (
  key: string,
  labelZh: string,
  labelEn: string,
  unit: Unit,
  section: string,
  group: string,
  formula: Formula,
): MetricDef => ({
  code: `d.${key}`,
  labelZh,
  labelEn,
  unit,
  table: 'derived',
  section,
  group,
  editions: ['2019', '2021'],
  labels: [],
  formula,
});

const APPLICATIONS = '依申请公开';
const SUIT_TOTALS = ['t4.suit_direct.total', 't4.suit_after_review.total'];

/** The `d.*` metrics the dashboard charts by default (spec/metrics.md); ratios in percent. */
export const DERIVED_METRICS: readonly MetricDef[] = [
  derived(
    'applications.received',
    '新收申请数',
    'Applications received',
    '件',
    SECTIONS.applications,
    APPLICATIONS,
    {
      op: 'sum',
      of: ['t3.new.total'],
    },
  ),
  derived(
    'applications.handled',
    '办理申请数',
    'Applications handled',
    '件',
    SECTIONS.applications,
    APPLICATIONS,
    {
      op: 'sum',
      of: ['t3.total.total'],
    },
  ),
  derived(
    'applications.disclosed_rate',
    '公开率',
    'Disclosure rate',
    '%',
    SECTIONS.applications,
    APPLICATIONS,
    {
      op: 'ratio',
      num: ['t3.granted.total', 't3.partial.total'],
      den: ['t3.total.total'],
    },
  ),
  derived('applications.denied_rate', '不予公开率', 'Denial rate', '%', SECTIONS.applications, APPLICATIONS, {
    op: 'ratio',
    num: ['t3.denied.total'],
    den: ['t3.total.total'],
  }),
  derived('review.cases', '行政复议案件数', 'Review cases', '件', SECTIONS.reviewLitigation, '行政复议', {
    op: 'sum',
    of: ['t4.review.total'],
  }),
  derived(
    'review.correction_rate',
    '行政复议纠错率',
    'Review correction rate',
    '%',
    SECTIONS.reviewLitigation,
    '行政复议',
    {
      op: 'ratio',
      num: ['t4.review.corrected'],
      den: ['t4.review.total'],
      denMinus: ['t4.review.pending'],
    },
  ),
  derived(
    'litigation.cases',
    '行政诉讼案件数',
    'Litigation cases',
    '件',
    SECTIONS.reviewLitigation,
    '行政诉讼',
    {
      op: 'sum',
      of: SUIT_TOTALS,
    },
  ),
  derived(
    'litigation.correction_rate',
    '行政诉讼纠错率',
    'Litigation correction rate',
    '%',
    SECTIONS.reviewLitigation,
    '行政诉讼',
    {
      op: 'ratio',
      num: ['t4.suit_direct.corrected', 't4.suit_after_review.corrected'],
      den: SUIT_TOTALS,
      denMinus: ['t4.suit_direct.pending', 't4.suit_after_review.pending'],
    },
  ),
  derived(
    'normative.issued',
    '制发规范性文件数',
    'Normative documents issued',
    '件',
    SECTIONS.proactive,
    '主动公开',
    {
      op: 'sum',
      of: ['t2.normative.made'],
    },
  ),
  derived(
    'info.adoption_rate',
    '信息采用率',
    'Information adoption rate',
    '%',
    SECTIONS.overview,
    '信息报送',
    {
      op: 'ratio',
      num: ['narrative.info_adopted'],
      den: ['narrative.info_submitted'],
      fallback: 'narrative.info_adoption_rate',
    },
  ),
];
