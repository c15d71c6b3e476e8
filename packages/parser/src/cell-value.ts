/** How a table cell reads: a number, printed-blank, or text (a label). */
export type CellValue = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'text' };

// Printed placeholders for "nothing to report": dashes of every width, slashes, 无.
const BLANK = /^(?:[-‐‑‒–—―−~/\\]+|无|空|暂无)$/u;
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:件|条|项|个|次|篇|万元|%)?$/u;

const BLANK_VALUE: CellValue = { kind: 'blank' };
const PLAIN = /^\d{1,15}$/;

/** Reads a cell as printed: `0` → 0, `''`/`—`/`/`/`无` → blank, `+173` → 173, `1,234` → 1234. */
export function readCellValue(text: string): CellValue {
  // Fast paths: most cells are empty or plain digits.
  if (text === '') return BLANK_VALUE;
  if (PLAIN.test(text)) return { kind: 'number', value: Number(text) };
  const s = text.normalize('NFKC').replace(/\s+/gu, '').replace(/[−－]/gu, '-');
  if (s === '' || BLANK.test(s)) return BLANK_VALUE;
  const m = NUMBER.exec(s);
  if (m === null) return { kind: 'text' };
  const magnitude = Number(`${(m[2] ?? '').replace(/,/g, '')}${m[3] ?? ''}`);
  return { kind: 'number', value: m[1] === '-' ? -magnitude : magnitude };
}
