/** How a table cell reads: a number (with the money unit it was printed in, if any), printed-blank, or text. */
export type CellValue =
  | { kind: 'number'; value: number; unit?: MoneyUnit }
  | { kind: 'blank' }
  | { kind: 'text' };

/** Money units a cell may carry; amounts are stored in 万元. */
export type MoneyUnit = '元' | '万元';

// Printed placeholders for "nothing to report": dashes of every width, slashes, 无.
const BLANK = /^(?:[-‐‑‒–—―−~/\\]+|无|空|暂无)$/u;
// Sign: + / - or a word for increase/decrease (本年增/减 cells print 增3, 减4, 减少2).
const NUMBER =
  /^(\+|-|增加|增|新增|减少|减)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(件|条|项|个|次|篇|万元|元|%)?$/u;
const NEGATIVE = new Set(['-', '减', '减少']);

const BLANK_VALUE: CellValue = { kind: 'blank' };
const TEXT_VALUE: CellValue = { kind: 'text' };
// Up to 15 ASCII digits: exactly representable, read with Number() alone.
const MAX_PLAIN = 15;
// Ideographs a number or a blank may start with (增3, 新增2, 减少1, 无, 空, 暂无); any other
// ideograph first makes the cell a label, whatever follows (NFKC leaves ideographs as they are).
const OPENING_WORDS = new Set([...'增新减无空暂'].map((c) => c.charCodeAt(0)));

/**
 * Reads a cell as printed: `0` → 0, `''`/`—`/`/`/`无` → blank, `+173` → 173, `减4` → -4,
 * `1,234` → 1234, `184719元` → 184719 with unit 元 (see `inTenThousandYuan`).
 */
export function readCellValue(text: string): CellValue {
  // Fast paths: most cells are empty, plain digits or labels opening with an ideograph.
  if (text === '') return BLANK_VALUE;
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && !OPENING_WORDS.has(first)) return TEXT_VALUE;
  if (isPlain(text)) return { kind: 'number', value: Number(text) };
  const s = text.normalize('NFKC').replace(/\s+/gu, '').replace(/[−－]/gu, '-');
  if (s === '' || BLANK.test(s)) return BLANK_VALUE;
  const m = NUMBER.exec(s);
  if (m === null) return TEXT_VALUE;
  const magnitude = Number(`${(m[2] ?? '').replace(/,/g, '')}${m[3] ?? ''}`);
  const value = NEGATIVE.has(m[1] ?? '') ? -magnitude : magnitude;
  const unit = m[4];
  return unit === '元' || unit === '万元' ? { kind: 'number', value, unit } : { kind: 'number', value };
}

/** `/^\d{1,15}$/` as a loop over the few characters: it runs on every cell of every table. */
function isPlain(text: string): boolean {
  if (text.length > MAX_PLAIN) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * A money cell in 万元, the unit of every amount column: `184719元` → 18.4719, `160.5964万元` and
 * a bare `18.8710` as printed. The decimal point is moved in the digits, not by floating division,
 * so 184719元 is exactly 18.4719.
 */
export function inTenThousandYuan(cell: CellValue): number | null | undefined {
  if (cell.kind === 'text') return undefined;
  if (cell.kind === 'blank') return null;
  if (cell.unit !== '元') return cell.value;
  return shiftDecimal(cell.value, -4);
}

function shiftDecimal(value: number, places: number): number {
  const sign = value < 0 ? '-' : '';
  const [whole = '0', fraction = ''] = Math.abs(value).toString().split('.');
  const digits = whole + fraction;
  const point = whole.length + places;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits;
  const at = Math.max(point, 1);
  return Number(`${sign}${padded.slice(0, at)}.${padded.slice(at)}`);
}
