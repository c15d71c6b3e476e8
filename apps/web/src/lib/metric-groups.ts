import type { MetricDef, MetricTable } from '@nianbao/schema';

/** Chinese names of the report parts a metric can come from, in picker order. */
export const TABLE_LABELS: Record<MetricTable, string> = {
  derived: '常用指标',
  t2: '主动公开',
  t3: '依申请公开',
  t4: '行政复议与诉讼',
  narrative: '正文数字',
};

const TABLE_ORDER: readonly MetricTable[] = ['derived', 't2', 't3', 't4', 'narrative'];

/** One `<optgroup>` of the metric picker. */
export interface MetricGroup {
  label: string;
  metrics: MetricDef[];
}

/**
 * Groups the catalogue for a picker: by report part (computed indicators first), then by the
 * catalogue's `group`, keeping catalogue order inside each group.
 */
export function groupMetrics(metrics: readonly MetricDef[]): MetricGroup[] {
  const groups = new Map<string, MetricGroup & { table: MetricTable }>();
  for (const metric of metrics) {
    const id = `${metric.table}\u0000${metric.group}`;
    let group = groups.get(id);
    if (group === undefined) {
      const tableLabel = TABLE_LABELS[metric.table];
      const label = metric.group === '' ? tableLabel : `${tableLabel} · ${metric.group}`;
      group = { label, table: metric.table, metrics: [] };
      groups.set(id, group);
    }
    group.metrics.push(metric);
  }
  return [...groups.values()]
    .sort((a, b) => TABLE_ORDER.indexOf(a.table) - TABLE_ORDER.indexOf(b.table))
    .map(({ label, metrics: list }) => ({ label, metrics: list }));
}

/** Looks a metric up by code. */
export function findMetric(metrics: readonly MetricDef[], code: string | undefined): MetricDef | undefined {
  return code === undefined ? undefined : metrics.find((m) => m.code === code);
}
