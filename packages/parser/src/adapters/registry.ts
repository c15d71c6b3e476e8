import type { ReportFormat } from '../format.ts';
import type { Adapter } from './adapter.ts';
import { textAdapter } from './text-adapter.ts';

// Formats without an entry are recognised but not read yet; parseReport reports them as
// `unsupported_format`. HTML, DOCX and PDF adapters plug in here.
const ADAPTERS: Partial<Record<ReportFormat, Adapter>> = {
  txt: textAdapter,
};

/** The adapter for a format, or undefined when the format cannot be read yet. */
export function adapterFor(format: ReportFormat): Adapter | undefined {
  return ADAPTERS[format];
}
