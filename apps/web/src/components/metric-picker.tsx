import type { MetricDef } from '@nianbao/schema';
import { useMemo } from 'react';
import { groupMetrics } from '../lib/metric-groups.ts';

/** A select of the metric catalogue grouped by report part and group, labelled in Chinese. */
export function MetricPicker({
  metrics,
  value,
  onChange,
}: {
  metrics: readonly MetricDef[];
  value: string | undefined;
  onChange: (code: string) => void;
}) {
  const groups = useMemo(() => groupMetrics(metrics), [metrics]);
  return (
    <div className="field">
      <label htmlFor="metric-picker">指标</label>
      <select id="metric-picker" value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {value === undefined && <option value="">请选择指标</option>}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.metrics.map((metric) => (
              <option key={metric.code} value={metric.code}>
                {metric.labelZh}（{metric.unit}）
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
