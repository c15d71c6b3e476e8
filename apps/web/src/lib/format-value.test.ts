import { describe, expect, it } from 'vitest';
import { BLANK_VALUE, formatCell, formatNumber, formatValue, NO_VALUE } from './format-value.ts';

describe('formatValue', () => {
  it('prints counts with their unit', () => {
    expect(formatValue(9, '件')).toBe('9 件');
    expect(formatValue(0, '条')).toBe('0 条');
  });

  it('prints percentages without a space and to one decimal', () => {
    expect(formatValue(43, '%')).toBe('43%');
    expect(formatValue(200 / 3, '%')).toBe('66.7%');
  });

  it('keeps two decimals for amounts', () => {
    expect(formatValue(15.91, '万元')).toBe('15.91 万元');
    expect(formatValue(15.916, '万元')).toBe('15.92 万元');
  });

  it('groups thousands', () => {
    expect(formatValue(12345, '条')).toBe('12,345 条');
  });

  it('shows a dash for null, undefined and non-finite numbers', () => {
    expect(formatValue(null, '%')).toBe(NO_VALUE);
    expect(formatValue(undefined, '件')).toBe(NO_VALUE);
    expect(formatValue(Number.NaN, '件')).toBe(NO_VALUE);
    expect(formatNumber(Number.POSITIVE_INFINITY, '%')).toBe(NO_VALUE);
  });

  it('prints negative changes', () => {
    expect(formatValue(-3, '项')).toBe('-3 项');
  });
});

describe('formatCell', () => {
  it('marks printed-blank cells', () => {
    expect(formatCell(null, true, '件')).toBe(BLANK_VALUE);
  });

  it('prints values and missing values like formatValue', () => {
    expect(formatCell(7, false, '件')).toBe('7 件');
    expect(formatCell(null, false, '%')).toBe(NO_VALUE);
  });
});
