/** The six parts of the report as the format titles them (spec/metrics.md). */
export const SECTIONS = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
} as const;
