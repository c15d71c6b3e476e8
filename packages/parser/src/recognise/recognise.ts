import {
  type AgencyKind,
  type CellSource,
  type Fact,
  type Finding,
  T3_COLUMNS,
  type Template,
  type Values,
} from '@nianbao/schema';
import type { ReportDocument } from '../document.ts';
import type { RegionChain } from '../region-codes/divisions.ts';
import { resolveRegion } from '../region-codes/resolve-region.ts';
import { agencyKindOf } from './agency-kind.ts';
import { imageTableFinding, truncationFinding } from './completeness.ts';
import { detectEdition } from './edition.ts';
import { assignFactCodes } from './fact-codes.ts';
import { scanFacts } from './facts.ts';
import { matchingDocument } from './matching-document.ts';
import { regionParts } from './region.ts';
import { agencyFromSignature } from './signature.ts';
import { readTable2 } from './table-2.ts';
import { readTable3 } from './table-3.ts';
import { readTable4 } from './table-4.ts';
import { emptyReading } from './table-reading.ts';
import { tableRows } from './table-rows.ts';
import { readTitle, yearFromFileName, yearFromPeriod } from './title.ts';

// The 2019 format's single 其他处理 row; 2021 splits it into three sub-rows.
const SINGLE_OTHER_ROW = T3_COLUMNS.map((c) => `t3.other.${c.key}`);

/** Everything the recogniser reads from a document. */
export interface Recognised {
  /** The issuing agency as named in the title, else above the signing date (simplified), or null. */
  agency: string | null;
  /** The place names the agency's name starts with, as printed (simplified), or null. */
  region: string | null;
  /** GB/T 2260 code of the region, resolved with the gazetteer and the text; null when unsure. */
  regionCode: string | null;
  regionChain: RegionChain | null;
  agencyKind: AgencyKind | null;
  year: number | null;
  template: Template;
  values: Values;
  cells: Record<string, CellSource>;
  facts: Fact[];
  /** What the recogniser itself found wrong with the document: `P1` truncated, `P2` image tables. */
  findings: Finding[];
  /** True when the document has a report title or any of tables 2–4: it is a report at all. */
  looksLikeReport: boolean;
}

/**
 * Reads metadata, tables 2–4 and narrative facts from a document model. Labels are matched on a
 * copy in simplified characters without inline pinyin; offsets point into the original text.
 */
export function recognise(document: ReportDocument, fileName: string): Recognised {
  const matching = matchingDocument(document);
  const { blocks } = matching;
  const title = readTitle(blocks);
  const year = title.year ?? yearFromPeriod(blocks) ?? yearFromFileName(fileName);
  const rows = tableRows(blocks, matching.text);
  const marked = detectEdition(rows);

  // One reading shared by the three tables: merging large code-keyed objects is costly. Tables
  // are read in printed order (so `values` lists t2, t3, t4) unless table 3 must settle the edition.
  const reading = emptyReading();
  let edition = marked;
  if (marked !== 'unknown') {
    readTable2(rows, marked, reading);
    readTable3(rows, marked, reading);
  } else {
    readTable3(rows, marked, reading);
    // Without markers, a printed single 其他处理 row is itself a 2019-only row.
    if (SINGLE_OTHER_ROW.some((code) => code in reading.values)) {
      edition = '2019';
      readTable2(rows, edition, reading);
    }
  }
  readTable4(rows, reading);
  const { values, cells } = reading;
  const anyTable = reading.tables.size > 0;
  // An edition is only claimed for a document whose tables were actually read.
  const template = anyTable ? edition : 'unknown';

  // A title without the agency's name leaves it to the signature above the date.
  const agency = title.agency ?? agencyFromSignature(blocks);
  const parts = regionParts(agency);
  const region = resolveRegion(parts, matching.text);
  const findings = [
    truncationFinding(blocks, document.text, reading, template),
    imageTableFinding(blocks, reading),
  ].filter((f): f is Finding => f !== null);

  return {
    agency,
    region: parts.length > 0 ? parts.join('') : null,
    regionCode: region.code,
    regionChain: region.chain,
    agencyKind: agencyKindOf(agency),
    year,
    template,
    values,
    cells,
    facts: assignFactCodes(scanFacts(blocks, title.title)),
    findings,
    looksLikeReport: title.title !== null || anyTable,
  };
}
