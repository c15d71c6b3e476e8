import { metricByCode, type Template } from '@nianbao/schema';
import { NotCorrectableError } from './correction-errors.ts';

/**
 * Throws unless `code` is a printed table cell in a report of this template. Computed metrics
 * follow from their inputs (correct those instead); narrative figures are facts, not cells.
 */
export function assertCorrectable(code: string, template: Template): void {
  const metric = metricByCode(code);
  if (!metric) throw new NotCorrectableError(code, 'not in the metric catalogue (see /api/metrics)');
  const formula = metric.formula;
  if (formula) {
    const computedIn = metric.formulaEditions ?? metric.editions;
    if (template === 'unknown' || computedIn.includes(template as (typeof computedIn)[number])) {
      throw new NotCorrectableError(code, 'it is computed from other cells; correct those instead');
    }
  }
  if (metric.table === 'derived' || metric.table === 'narrative') {
    throw new NotCorrectableError(code, `a ${metric.table} metric is not a printed table cell`);
  }
}
