import type { ReportDocument } from '../document.ts';

/** What an adapter hands to the recogniser. */
export interface AdapterOutput {
  document: ReportDocument;
  /** The encoding the document text was decoded from (e.g. `utf-8`, `gb18030`). */
  encoding: string;
}

/**
 * Turns a file's bytes into the document model. Adapters throw `ParseError` for expected
 * failures (`empty_file`, `undecodable`); they may be async (docx and pdf unpack archives).
 */
export type Adapter = (bytes: Uint8Array, file: string) => AdapterOutput | Promise<AdapterOutput>;
