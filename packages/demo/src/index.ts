export { type AgencyDef, type City, type CityShape, DEMO_SHAPE } from './generate/city.ts';
export { type CorpusEntry, DEFAULT_DEMO_SEED, demoCorpus } from './generate/demo-corpus.ts';
export { fastReports, PROVINCE_CITY_SHAPE } from './generate/fast-reports.ts';
export { expectedValues, type Manifest, type ManifestEntry } from './generate/manifest.ts';
export { createRng, type Rng } from './generate/prng.ts';
export {
  formatManifest,
  type WriteDemoCorpusOptions,
  type WriteDemoCorpusResult,
  writeDemoCorpus,
} from './generate/write-corpus.ts';
export {
  allocate,
  type DemoLedger,
  type DemoLedgerRow,
  demoLedger,
  type LedgerUnit,
} from './ledger/demo-ledger.ts';
export { LEDGER_HEADER, ledgerTitle } from './ledger/ledger-layout.ts';
export { renderLedgerCsv, renderLedgerXlsx } from './ledger/render-ledger.ts';
export {
  DEMO_LEDGER_YEAR,
  type WriteDemoLedgerOptions,
  type WriteDemoLedgerResult,
  writeDemoLedger,
} from './ledger/write-demo-ledger.ts';
export { narrativeFacts } from './model/narrative-facts.ts';
export type { Flaw, FlawKind, NarrativeFigures, Region, SyntheticReport } from './model/synthetic-report.ts';
export type { Block, Cell, TableBlock } from './render/document/blocks.ts';
export { buildDocument, printedTitle } from './render/document/build-document.ts';
export { renderDocx } from './render/docx.ts';
export { encodeText } from './render/encode.ts';
export { type HtmlOptions, renderHtml } from './render/html.ts';
export { DEFAULT_CJK_FONT, FontNotFoundError, type PdfOptions, renderPdf } from './render/pdf.ts';
export { EXTENSIONS, renderReport } from './render/render-report.ts';
export type { LineEnding, RenderSpec, ReportFormat, TextEncoding, TxtLayout } from './render/render-spec.ts';
export { documentText, renderTxt, type TxtOptions } from './render/txt.ts';
