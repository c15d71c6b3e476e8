import { describe, expect, it } from 'vitest';
import { formatDateTime, severityLabel, templateLabel } from './labels.ts';

describe('labels', () => {
  it('names the report editions', () => {
    expect(templateLabel('2019')).toBe('2019版');
    expect(templateLabel('2021')).toBe('2021版');
    expect(templateLabel('unknown')).toBe('未识别');
  });

  it('names severities in Chinese', () => {
    expect(severityLabel('error')).toBe('错误');
    expect(severityLabel('warning')).toBe('警告');
    expect(severityLabel('info')).toBe('提示');
  });
});

describe('formatDateTime', () => {
  it('prints local date and minutes', () => {
    const local = new Date(2024, 0, 5, 9, 3, 59);
    expect(formatDateTime(local.toISOString())).toBe('2024-01-05 09:03');
  });

  it('returns unparseable input unchanged', () => {
    expect(formatDateTime('昨天')).toBe('昨天');
  });
});
