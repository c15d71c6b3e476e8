import type { LedgerSeriesDto } from '@nianbao/schema';
import type { BarRow } from '../components/compare-bars.tsx';
import type { OutcomeRow } from '../lib/outcome-shares.ts';
import type { CaseYearRow } from '../lib/review-cases.ts';
import type { EditionMarker } from '../lib/series-result.ts';
import type { ChartLine, ChartRow } from '../lib/series-rows.ts';

/**
 * A chart as plain data (JSON-safe, so a briefing can keep it): which dashboard component draws it
 * and exactly the props it was drawn with on the page.
 */
export type ChartSpec =
  | { kind: 'trend'; lines: ChartLine[]; rows: ChartRow[]; unit: string; markers: EditionMarker[] }
  | { kind: 'bars'; rows: BarRow[]; unit: string }
  | { kind: 'outcomes'; rows: OutcomeRow[] }
  | { kind: 'cases'; rows: CaseYearRow[]; group: 'review' | 'litigation' }
  | { kind: 'ledger'; series: LedgerSeriesDto; ytd: boolean };

/** A column of an exported table; the header carries the unit: `申请收到数（件）`. */
export interface TableColumn {
  header: string;
  unit?: string | undefined;
}

/** The numbers behind a chart, in the order drawn; null is an empty cell (no figure). */
export interface DataTable {
  columns: TableColumn[];
  rows: (string | number | null)[][];
}

/** Reports behind a chart's scope, as GET /api/briefing/provenance answers. */
export interface Provenance {
  reportCount: number;
  years: number[];
  flaggedCount: number;
  sources: { real: number; demo: number; upload: number };
}

/** Everything an export or a briefing slide shows of one chart. */
export interface ExportItem {
  chart: ChartSpec;
  title: string;
  /** The filters: region, years, units compared. */
  subtitle: string;
  unit: string;
  table: DataTable;
  /** Generated sentences computed from the same data. */
  summary: string[];
  /** Unknown when the server could not say (the source line then says so). */
  provenance: Provenance | undefined;
  /** For data that is not from annual reports (the 报送 ledger): its own source line and notes. */
  source?: { line: string; notes: string[] } | undefined;
  /** ISO timestamp of the export. */
  generatedAt: string;
  /** The dashboard address the chart came from. */
  page: string;
}

/** Header text of a column: the name with its unit in full-width brackets. */
export function columnHeader(column: TableColumn): string {
  return column.unit === undefined || column.unit === ''
    ? column.header
    : `${column.header}（${column.unit}）`;
}
