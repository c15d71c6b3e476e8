import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './parse-number-input.ts';

describe('parseNumberInput', () => {
  it('reads plain, grouped, negative, decimal and full-width numbers', () => {
    expect(parseNumberInput('12')).toEqual({ ok: true, value: 12 });
    expect(parseNumberInput(' 1,234 ')).toEqual({ ok: true, value: 1234 });
    expect(parseNumberInput('-3')).toEqual({ ok: true, value: -3 });
    expect(parseNumberInput('15.91')).toEqual({ ok: true, value: 15.91 });
    expect(parseNumberInput('１２３')).toEqual({ ok: true, value: 123 });
  });

  it('reads an empty field or 空 as a blank cell', () => {
    expect(parseNumberInput('')).toEqual({ ok: true, value: null });
    expect(parseNumberInput('空')).toEqual({ ok: true, value: null });
  });

  it('rejects text and malformed numbers with a Chinese message', () => {
    for (const raw of ['十二', '1.2.3', '12件', '--1']) {
      const result = parseNumberInput(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/请输入数字/);
    }
  });
});
