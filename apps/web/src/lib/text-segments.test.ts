import { describe, expect, it } from 'vitest';
import { segmentText } from './text-segments.ts';

const TEXT = '规章\t0\t0\t0\n规范性文件\t9\t9\t87\n';

function at(needle: string, from = 0) {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length };
}

describe('segmentText', () => {
  it('returns the whole text as one plain run without spans', () => {
    expect(segmentText(TEXT, [])).toEqual([{ start: 0, end: TEXT.length, text: TEXT, ids: [] }]);
  });

  it('cuts the text around each span and keeps the rest plain', () => {
    const nine = at('9');
    const total = at('87');
    const segments = segmentText(TEXT, [
      { id: 'v:t2.normative.total_public', ...total },
      { id: 'v:t2.normative.made', ...nine },
    ]);
    expect(segments.map((s) => [s.text, s.ids])).toEqual([
      [TEXT.slice(0, nine.start), []],
      ['9', ['v:t2.normative.made']],
      [TEXT.slice(nine.end, total.start), []],
      ['87', ['v:t2.normative.total_public']],
      ['\n', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
  });

  it('splits overlapping spans into shared runs', () => {
    const row = at('规范性文件\t9');
    const nine = at('9');
    const segments = segmentText(TEXT, [
      { id: 'f:row', ...row },
      { id: 'v:nine', ...nine },
    ]);
    const marked = segments.filter((s) => s.ids.length > 0).map((s) => [s.text, s.ids]);
    expect(marked).toEqual([
      ['规范性文件\t', ['f:row']],
      ['9', ['f:row', 'v:nine']],
    ]);
  });

  it('ignores out-of-range spans', () => {
    const segments = segmentText(TEXT, [
      { id: 'b', start: -1, end: 3 },
      { id: 'c', start: 10, end: TEXT.length + 1 },
    ]);
    expect(segments).toHaveLength(1);
  });

  it('keeps an empty span (a blank cell) as an empty marked segment at its place', () => {
    const segments = segmentText(TEXT, [{ id: 'v:blank', start: 5, end: 5 }]);
    expect(segments.map((s) => [s.start, s.text, s.ids])).toEqual([
      [0, TEXT.slice(0, 5), []],
      [5, '', ['v:blank']],
      [5, TEXT.slice(5), []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
  });
});
