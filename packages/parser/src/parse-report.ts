import type { AgencyKind, CellSource, ParseResult } from '@nianbao/schema';
import { adapterFor } from './adapters/registry.ts';
import { checkParsed } from './check.ts';
import { detectFormat, type ReportFormat, unreadableError } from './format.ts';
import { ParseError } from './parse-error.ts';
import { recognise } from './recognise/recognise.ts';
import type { RegionChain } from './region-codes/divisions.ts';

/** A parsed report: the `nianbao parse --json` result plus what the store needs. */
export interface ParsedReport extends ParseResult {
  /** The decoded text; every offset (cells, facts) points into it. */
  text: string;
  /** The encoding the text was decoded from, e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding: string;
  format: ReportFormat;
  /** Inferred from the agency name; null when the agency is unknown. */
  agencyKind: AgencyKind | null;
  /** Provenance for each key of `values`. */
  cells: Record<string, CellSource>;
  /** GB/T 2260 code of `region` (a township: of its county); null when unknown or ambiguous. */
  regionCode: string | null;
  /** Province, prefecture, county (and township) of `region` with their codes; null when unresolved. */
  regionChain: RegionChain | null;
}

/**
 * Parses one report file: adapter (bytes → document model) → recogniser → checker. Expected
 * failures reject with `ParseError` (see `ParseErrorCode`).
 */
export async function parseReport(bytes: Uint8Array, fileName: string): Promise<ParsedReport> {
  if (bytes.length === 0) throw new ParseError('empty_file', fileName, 'the file is empty');
  const format = detectFormat(bytes, fileName);
  if (format === null) throw unreadableError(bytes, fileName);
  const adapter = adapterFor(format);
  const { document, encoding } = await adapter(bytes, fileName);
  const found = recognise(document, fileName);
  if (!found.looksLikeReport) {
    throw new ParseError('not_a_report', fileName, 'no report title and none of tables 2–4 was found');
  }
  return {
    file: fileName,
    agency: found.agency,
    region: found.region,
    year: found.year,
    template: found.template,
    values: found.values,
    facts: found.facts,
    findings: [...found.findings, ...checkParsed(found.values, found.facts, found.template)],
    text: document.text,
    encoding,
    format,
    agencyKind: found.agencyKind,
    cells: found.cells,
    regionCode: found.regionCode,
    regionChain: found.regionChain,
  };
}
