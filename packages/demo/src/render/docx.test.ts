import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEMO_SHAPE } from '../generate/city.ts';
import { generateCityReports } from '../generate/city-reports.ts';
import { createRng } from '../generate/prng.ts';
import { printedTitle } from './document/build-document.ts';
import { renderDocx } from './docx.ts';

const reports = generateCityReports(createRng(3), 0, DEMO_SHAPE);
const report = reports.find((r) => r.flaws.length === 0 && r.agencyKind === 'government_office');

describe('renderDocx', () => {
  if (!report) throw new Error('no office report in the sample city');

  it('is a Word archive with merged cells and the report text', async () => {
    const files = unzipSync(await renderDocx(report));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
    expect(xml).toContain('<w:gridSpan w:val="15"/>'.replace('15', '10'));
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    expect(xml).toContain(printedTitle(report));
    expect(xml.match(/<w:tbl>/gu)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('stamps the publication date instead of the current time, so bytes are reproducible', async () => {
    const first = await renderDocx(report);
    const core = strFromU8(unzipSync(first)['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${report.published}T09:00:00Z</dcterms:created>`,
    );
    expect(Buffer.from(await renderDocx(report)).equals(Buffer.from(first))).toBe(true);
  });
});
