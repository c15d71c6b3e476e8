import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceText } from './source-text.tsx';

const TEXT = '规范性文件\t9\t9\t87\n全年上报信息673条。';

describe('SourceText', () => {
  const nine = TEXT.indexOf('9');
  const fact = TEXT.indexOf('上报信息673条');
  const marks = [
    {
      id: 'v:t2.normative.made',
      start: nine,
      end: nine + 1,
      title: 't2.normative.made · 规范性文件 · 9 件',
      kind: 'value' as const,
    },
    {
      id: 'f:x',
      start: fact,
      end: fact + 8,
      title: 'narrative.info_submitted · 报送信息数 · 673 条',
      kind: 'fact' as const,
    },
  ];

  it('marks every figure with a hover title and keeps the text intact', () => {
    render(<SourceText text={TEXT} marks={marks} />);
    const pre = screen.getByTestId('source-text');
    expect(pre.textContent).toBe(TEXT);
    const drawn = [...pre.querySelectorAll('mark')].map((m) => [
      m.textContent,
      m.className,
      m.getAttribute('title'),
    ]);
    expect(drawn).toEqual([
      ['9', 'mark-value', 't2.normative.made · 规范性文件 · 9 件'],
      ['上报信息673条', 'mark-fact', 'narrative.info_submitted · 报送信息数 · 673 条'],
    ]);
  });

  it('flags and flashes the focused mark, again on a new nonce', () => {
    const { rerender } = render(
      <SourceText text={TEXT} marks={marks} focus={{ id: 'v:t2.normative.made', nonce: 1 }} />,
    );
    const mark = screen.getByTestId('source-text').querySelector('mark');
    expect(mark?.className).toContain('active');
    expect(mark?.classList.contains('flash')).toBe(true);
    expect(mark?.getAttribute('data-flash')).toBe('1');
    rerender(<SourceText text={TEXT} marks={marks} focus={{ id: 'v:t2.normative.made', nonce: 2 }} />);
    expect(mark?.getAttribute('data-flash')).toBe('2');
  });
});
