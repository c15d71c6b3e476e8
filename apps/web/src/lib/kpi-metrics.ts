/** The overview's KPI cards, in reading order: applications, review, litigation, publishing. */
export const KPI_METRICS = [
  { code: 'd.applications.received', label: '新收政府信息公开申请', unit: '件' },
  { code: 'd.applications.disclosed_rate', label: '申请公开率（含部分公开）', unit: '%' },
  { code: 'd.review.cases', label: '行政复议案件', unit: '件' },
  { code: 'd.review.correction_rate', label: '行政复议纠错率', unit: '%' },
  { code: 'd.litigation.cases', label: '行政诉讼案件', unit: '件' },
  { code: 'd.normative.issued', label: '制发规范性文件', unit: '件' },
  { code: 'd.info.adoption_rate', label: '政务信息采用率', unit: '%' },
  { code: 'narrative.published_total', label: '主动公开政府信息', unit: '条' },
] as const;
