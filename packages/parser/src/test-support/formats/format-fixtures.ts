import { readFileSync } from 'node:fs';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';
import { fixtureBlocks } from './span-table.ts';

const fixtures = new URL('../../../fixtures/', import.meta.url);

/** A DOCX or PDF rendering of a text fixture, written by the test support from its blocks. */
export interface GeneratedFixture {
  /** File name under fixtures/formats/. */
  file: string;
  /** The text fixture it renders (under fixtures/). */
  source: string;
  /** The expectation of the text fixture, which the rendering must meet too. */
  expectation: string;
  render: () => Promise<Uint8Array>;
}

const REPORTS = [
  { stem: 'songxian-2020-zfb', head: '嵩县人民政府办公室', unruled: false },
  { stem: 'anlan-2022-jtj-2021', head: '安澜县交通运输局', unruled: true },
] as const;

function blocksOf(source: string) {
  return fixtureBlocks(readFileSync(new URL(source, fixtures), 'utf8'));
}

/**
 * The generated renderings: each edition's text fixture as a DOCX (merged cells as gridSpan and
 * vMerge) and as a PDF with ruled tables; the 2021 report also as a PDF whose tables have no
 * rules (the 2019 sample's blank rows cannot be told from wrapped labels without rules).
 */
export const GENERATED: readonly GeneratedFixture[] = REPORTS.flatMap(({ stem, head, unruled }) => {
  const source = `${stem}.txt`;
  const expectation = `${stem}.expected.json`;
  const out: GeneratedFixture[] = [
    { file: `${stem}.docx`, source, expectation, render: () => renderDocx(blocksOf(source)) },
    {
      file: `${stem}.pdf`,
      source,
      expectation,
      render: () => renderPdf(blocksOf(source), { ruled: true, runningHead: head }),
    },
  ];
  if (unruled) {
    out.push({
      file: `${stem}-unruled.pdf`,
      source,
      expectation,
      render: () => renderPdf(blocksOf(source), { ruled: false, runningHead: head }),
    });
  }
  return out;
});

/** The hand-written HTML pages under fixtures/formats/ and the expectation each must meet. */
export const HTML_FIXTURES = REPORTS.map(({ stem }) => ({
  file: `${stem}.html`,
  expectation: `${stem}.expected.json`,
}));
