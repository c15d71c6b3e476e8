export type { Adapter, AdapterOutput } from './adapters/adapter.ts';
export { adapterFor } from './adapters/registry.ts';
export { textBlocks } from './adapters/text-blocks.ts';
export { type CellValue, inTenThousandYuan, type MoneyUnit, readCellValue } from './cell-value.ts';
export { type DecodedText, decodeReport } from './decode.ts';
export type { Block, Cell, ParagraphBlock, ReportDocument, Row, Span, TableBlock } from './document.ts';
export {
  type CellCounts,
  type CellDiff,
  type Evaluation,
  evaluate,
  type FileEvaluation,
  type OtherDiff,
} from './eval/evaluate.ts';
export type { Expectation, ExpectedFact } from './eval/expectation.ts';
export { formatEvaluation } from './eval/format-evaluation.ts';
export { detectFormat, type ReportFormat } from './format.ts';
export { ParseError, type ParseErrorCode } from './parse-error.ts';
export { type ParsedReport, parseReport } from './parse-report.ts';
export { type Recognised, recognise } from './recognise/recognise.ts';
export type { RegionChain, RegionLevel } from './region-codes/divisions.ts';
export { type ResolvedRegion, resolveRegion } from './region-codes/resolve-region.ts';
