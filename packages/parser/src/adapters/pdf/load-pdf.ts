import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ParseError } from '../../parse-error.ts';
import { replaceToBase64Polyfill } from './buffer-base64.ts';
import { headlessDocument } from './headless-document.ts';
import { keepNatives } from './keep-natives.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * pdf.js, loaded on first use (it is large and only PDFs need it), with its worker module loaded
 * up front in this thread so that pdf.js does not import it later; both imports run under
 * `keepNatives`, and the slow `toBase64` polyfill they add is swapped for a native-backed one.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importPdfJs();
  return pdfjs;
}

async function importPdfJs(): Promise<PdfJs> {
  const hadToBase64 = 'toBase64' in Uint8Array.prototype;
  const api = await keepNatives(async () => {
    const loaded = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The worker module ships without type declarations; only its presence matters here.
    const worker: unknown = await import(WORKER);
    // pdf.js runs its "fake worker" on this handler instead of importing the module itself.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return loaded;
  });
  if (!hadToBase64) replaceToBase64Polyfill();
  return api;
}

// The predefined CJK CMaps and standard fonts ship with pdfjs-dist; without them, PDFs whose
// Chinese fonts are not embedded (UniGB-UCS2-H and friends) yield no text.
const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAPS = `${join(root, 'cmaps')}/`;
const STANDARD_FONTS = `${join(root, 'standard_fonts')}/`;

/**
 * Opens a PDF. Password-protected files reject with `encrypted`, unreadable ones with `corrupt`.
 * Images are never decoded (`maxImageSize`) and glyph outlines never built (`headlessDocument`):
 * only text and ruling lines are read.
 */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given and refuses Node Buffers: hand it a plain copy.
  let task: ReturnType<typeof getDocument> | undefined;
  try {
    task = getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: CMAPS,
      cMapPacked: true,
      standardFontDataUrl: STANDARD_FONTS,
      useSystemFonts: false,
      // Fonts go to a document that keeps nothing, so pdf.js does not turn glyphs into paths.
      disableFontFace: false,
      ownerDocument: headlessDocument(),
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      maxImageSize: 1,
      stopAtErrors: false,
      verbosity: 0,
    });
    return await task.promise;
  } catch (error) {
    await task?.destroy().catch(() => undefined);
    throw pdfError(error, file);
  }
}

/** Maps a pdf.js failure onto a ParseError with a precise message. */
export function pdfError(error: unknown, file: string): ParseError {
  if (error instanceof ParseError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new ParseError(
      'encrypted',
      file,
      'PDF 已加密，请取消密码后再导入（the PDF is password-protected; remove the password first）',
    );
  }
  return new ParseError(
    'corrupt',
    file,
    `the PDF is damaged or truncated and cannot be read (${message || name || 'unknown error'})`,
  );
}
