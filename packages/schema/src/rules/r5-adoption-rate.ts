import type { Finding } from '../parse-result.ts';
import type { CellReader } from './cell-reader.ts';
import { fmt } from './format.ts';

const RATE = 'narrative.info_adoption_rate';
const ADOPTED = 'narrative.info_adopted';
const SUBMITTED = 'narrative.info_submitted';
/** Percentage points a printed rate may differ from adopted / submitted (printed rates are rounded). */
const TOLERANCE = 1;

/** R5 [warning]: the printed adoption rate is within 1 percentage point of adopted / submitted. */
export function checkR5(read: CellReader): Finding[] {
  const cells = read.all([RATE, ADOPTED, SUBMITTED]);
  if (!cells) return [];
  const [printed, adopted, submitted] = cells as [number, number, number];
  if (submitted <= 0) return [];
  const computed = (adopted / submitted) * 100;
  if (Math.abs(printed - computed) <= TOLERANCE + 1e-9) return [];
  return [
    {
      rule: 'R5',
      severity: 'warning',
      message:
        `正文采用率 ${fmt(printed)}% 与 采用 ${fmt(adopted)} ÷ 报送 ${fmt(submitted)} = ${computed.toFixed(1)}% ` +
        `相差 ${Math.abs(printed - computed).toFixed(1)} 个百分点（允许 ${TOLERANCE} 个）`,
      codes: [RATE, ADOPTED, SUBMITTED],
    },
  ];
}
