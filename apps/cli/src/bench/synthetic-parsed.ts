import { createHash } from 'node:crypto';
import type { ReportFile } from '@nianbao/db';
import type { SyntheticReport } from '@nianbao/demo';
import { narrativeFacts } from '@nianbao/demo';
import type { ParsedReport } from '@nianbao/parser';
import { checkReport, type Fact } from '@nianbao/schema';

/**
 * How long a stored text is on the fast path. A parsed txt report of the demo corpus decodes to
 * ~2,200 characters; padding to that keeps the report rows (and so the store file and its page
 * cache) the size a real import makes, though nothing was rendered.
 */
const TEXT_CHARS = 2_400;
const FILLER = '本报告为基准测试快速路径合成，未经渲染和解析，正文以占位文字补足到常见长度。';

const UNITS: Record<string, string> = {
  'narrative.info_adoption_rate': '%',
  'narrative.training_attendance': '人次',
  'narrative.new_media_accounts': '个',
};

/** The region a report's printed name resolves to below its county: a township keeps its own part. */
function printedRegion(report: SyntheticReport): string {
  if (report.agencyKind !== 'township') return report.region.name;
  return report.agency.replace(/(人民政府|办事处)$/, '');
}

/** The province of a report: city-level reports name it; county-level ones only carry its code. */
export type ProvinceNames = Map<string, string>;

/**
 * A synthetic report as the parser would hand it to the store, without rendering or parsing it:
 * the printed values as generated, the coded narrative facts located in a short generated text
 * (padded to a typical length), the in-report findings from the same checker the parser runs, and
 * the region chain from the generator's codes. Cell provenance is left empty: nothing was laid out.
 */
export function syntheticParsed(
  report: SyntheticReport,
  provinces: ProvinceNames = new Map(),
): { parsed: ParsedReport; file: ReportFile } {
  const fileName = `${report.id}.txt`;
  let text = `${report.agency}${report.year}年政府信息公开工作年度报告\n`;
  const facts: Fact[] = [];
  for (const [code, value] of Object.entries(narrativeFacts(report.narrative))) {
    const label = code.slice('narrative.'.length);
    text += `${label}：`;
    const start = text.length;
    text += String(value);
    facts.push({ label, value, unit: UNITS[code] ?? '条', code, start, end: text.length });
    text += `${UNITS[code] ?? '条'}。\n`;
  }
  while (text.length < TEXT_CHARS) text += FILLER;
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const template = report.edition;
  const city = report.parentRegion.code.endsWith('0000') ? report.region : report.parentRegion;
  const county = city === report.region ? null : report.region;
  const provinceCode = `${report.region.code.slice(0, 2)}0000`;
  if (city === report.region) provinces.set(provinceCode, report.parentRegion.name);
  const province = { name: provinces.get(provinceCode) ?? `${provinceCode}省`, code: provinceCode };
  const parsed: ParsedReport = {
    file: fileName,
    agency: report.agency,
    region: printedRegion(report),
    year: report.year,
    template,
    values: report.values,
    facts,
    findings: checkReport(report.values, facts, template),
    text,
    encoding: 'utf-8',
    format: 'txt',
    agencyKind: report.agencyKind,
    cells: {},
    regionCode: report.region.code,
    regionChain: {
      province,
      city,
      county,
      township: null,
    },
  };
  return { parsed, file: { fileName, bytes, sha256, source: 'demo' } };
}
