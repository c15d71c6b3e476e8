/** What an editor typed into a number field: a finite number, an explicit blank, or a mistake. */
export type NumberInput = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads a corrected value as typed: thousands separators and full-width digits are accepted, an empty
 * field or 空 means "the cell is blank" (null), anything else must be a finite number.
 */
export function parseNumberInput(raw: string): NumberInput {
  const text = raw
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (text === '' || text === '空') return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, message: '请输入数字，或留空表示该单元格为空。' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: '数字太大。' };
  return { ok: true, value };
}
