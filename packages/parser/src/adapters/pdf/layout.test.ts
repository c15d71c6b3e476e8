import { describe, expect, it } from 'vitest';
import { groupLines, joinRuns } from './lines.ts';
import { type FlowLine, paragraphs } from './paragraphs.ts';
import type { PageContent, TextRun } from './pdf-types.ts';
import type { PdfTable } from './ruled-tables.ts';
import { runningHeads } from './running-heads.ts';
import { joinContinuation } from './table-merge.ts';

const run = (str: string, x0: number, y: number, size = 10): TextRun => ({
  str,
  x0,
  x1: x0 + [...str].length * size,
  y,
  size,
});
const page = (index: number, runs: TextRun[]): PageContent => ({
  index,
  box: [0, 0, 595, 842],
  runs,
  hRules: [],
  vRules: [],
});

describe('joinRuns', () => {
  it('adds a space only where runs stand apart', () => {
    expect(joinRuns([run('政务', 0, 0), run('公开', 20, 0)])).toBe('政务公开');
    expect(
      joinRuns([
        { str: 'R&D', x0: 0, x1: 18, y: 0, size: 10 },
        { str: 'spend', x0: 21, x1: 46, y: 0, size: 10 },
      ]),
    ).toBe('R&D spend');
    expect(joinRuns([run('发布日期：2021', 0, 0), run('来源：县政府', 200, 0)])).toBe(
      '发布日期：2021 来源：县政府',
    );
  });

  it('drops a run printed twice over itself (fake bold)', () => {
    const [line] = groupLines([run('年度报告', 100, 700), run('年度报告', 100.4, 700)]);
    expect(line?.runs.map((r) => r.str)).toEqual(['年度报告']);
  });
});

describe('runningHeads', () => {
  it('drops page numbers and a head repeated on every page, never the title', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n - 1, [
        ...(n === 1
          ? [run('某县2021年政府信息公开工作年度报告', 100, 780, 16)]
          : [run('某县人民政府办公室', 400, 800, 9)]),
        run('正文内容', 72, 600),
        run(`— ${n} —`, 280, 40, 9),
      ]),
    );
    const perPage = pages.map((p) => ({ page: p, lines: groupLines(p.runs) }));
    const dropped = [...runningHeads(perPage)].map((l) => joinRuns(l.runs)).sort();
    expect(dropped).toEqual(['— 1 —', '— 2 —', '— 3 —', '某县人民政府办公室', '某县人民政府办公室'].sort());
  });

  it('keeps a title that reads like the running head but sits elsewhere, larger', () => {
    const pages = [0, 1, 2].map((n) =>
      page(n, [
        n === 0 ? run('安澜县交通运输局', 200, 770, 16) : run('安澜县交通运输局', 450, 800, 9),
        run('正文内容', 72, 600),
      ]),
    );
    const dropped = runningHeads(pages.map((p) => ({ page: p, lines: groupLines(p.runs) })));
    expect([...dropped].map((l) => l.size)).toEqual([9, 9]);
  });

  it('knows the common page-number forms', () => {
    const forms = ['3', '- 3 -', '第3页', '第 3 页 共 8 页', '3/8', 'Page 3 of 8'];
    const pages = forms.map((f, i) => page(i, [run('正文', 72, 500), run(f, 280, 30, 9)]));
    const dropped = runningHeads(pages.map((p) => ({ page: p, lines: groupLines(p.runs) })));
    expect(dropped.size).toBe(forms.length);
  });
});

describe('paragraphs', () => {
  const measures = { left: 72, right: 523, centre: 297, pageStart: false };
  const flow = (runs: TextRun[]): FlowLine[] => groupLines(runs).map((line) => ({ line, ...measures }));

  it('joins wrapped lines and breaks at indents, short lines, gaps and size changes', () => {
    const lines = flow([
      run('某县2021年政府信息公开', 180, 800, 16),
      run('工作年度报告', 249, 780, 16),
      run('一、总体情况', 72, 740),
      run('全年主动公开政府信息1,236条，其中发布工作动态312条，政策解读28篇，通知公告', 92, 720, 10.5),
      run('64条。', 72, 706, 10.5),
      run('（二）依申请公开。全年共收到申请19件，均在法定期限内答复，无一件逾期答复情形发生', 92, 690, 10.5),
      run('下一段落，与上一段之间空出一行距离。', 72, 640, 10.5),
    ]);
    expect(paragraphs(lines)).toEqual([
      '某县2021年政府信息公开工作年度报告',
      '一、总体情况',
      '全年主动公开政府信息1,236条，其中发布工作动态312条，政策解读28篇，通知公告64条。',
      '（二）依申请公开。全年共收到申请19件，均在法定期限内答复，无一件逾期答复情形发生',
      '下一段落，与上一段之间空出一行距离。',
    ]);
  });
});

describe('joinContinuation', () => {
  const table = (edges: number[], grid: string[][]): PdfTable => ({ top: 700, bottom: 100, edges, grid });

  it('joins a table continued on the next page and drops its repeated header', () => {
    const first = table(
      [0, 100, 150, 200],
      [
        ['信息内容', '本年', '累计'],
        ['规章', '1', '2'],
      ],
    );
    const next = table(
      [0, 100, 150, 200],
      [
        ['信息内容', '本年', '累计'],
        ['规范性文件', '3', '4'],
      ],
    );
    expect(joinContinuation(first, next)).toBe(true);
    expect(first.grid).toEqual([
      ['信息内容', '本年', '累计'],
      ['规章', '1', '2'],
      ['规范性文件', '3', '4'],
    ]);
  });

  it('re-grids a part whose merged cells hide inner edges onto the finer part', () => {
    const first = table([0, 100, 200], [['行政复议', '行政诉讼']]);
    const next = table(
      [0, 50, 100, 150, 200],
      [
        ['维持', '总计', '维持', '总计'],
        ['1', '1', '0', '0'],
      ],
    );
    expect(joinContinuation(first, next)).toBe(true);
    expect(first.grid).toEqual([
      ['行政复议', '', '行政诉讼', ''],
      ['维持', '总计', '维持', '总计'],
      ['1', '1', '0', '0'],
    ]);
  });

  it('keeps tables apart when their columns do not line up', () => {
    const first = table([0, 100, 200], [['a', 'b']]);
    expect(joinContinuation(first, table([0, 120, 200], [['c', 'd']]))).toBe(false);
    expect(joinContinuation(first, table([30, 100, 200], [['c', 'd']]))).toBe(false);
  });
});
