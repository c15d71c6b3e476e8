import { describe, expect, it } from 'vitest';
import { DEMO_SHAPE } from '../generate/city.ts';
import { generateCityReports } from '../generate/city-reports.ts';
import { createRng } from '../generate/prng.ts';
import { pdfTextObjects } from '../test-support/pdf-text.ts';
import { FontNotFoundError, renderPdf } from './pdf.ts';

const reports = generateCityReports(createRng(4), 0, DEMO_SHAPE);
const report = reports.find(
  (r) => r.flaws.length === 0 && r.agencyKind === 'township' && r.edition === '2021',
);

describe('renderPdf', () => {
  if (!report) throw new Error('no 2021 township report in the sample city');

  it('writes a PDF whose text layer carries the report text', async () => {
    const bytes = await renderPdf(report);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = pdfTextObjects(bytes).join('');
    expect(text).toContain(report.agency);
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toContain('结转下年度继续办理');
  });

  it('embeds the CJK font as a subset and is byte-for-byte reproducible', async () => {
    const bytes = await renderPdf(report);
    const latin = Buffer.from(bytes).toString('latin1');
    expect(latin).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/u);
    expect(latin).toContain('/FontFile3');
    // A full Noto CJK face is ~16 MB; the subset keeps the file small.
    expect(bytes.length).toBeLessThan(400_000);
    expect(Buffer.from(await renderPdf(report)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('says which font is missing', async () => {
    await expect(renderPdf(report, { fontPath: '/nonexistent/font.ttc' })).rejects.toBeInstanceOf(
      FontNotFoundError,
    );
  });
});
