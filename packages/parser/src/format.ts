/** File formats the parser knows about (only some have an adapter yet). */
export type ReportFormat = 'txt' | 'html' | 'docx' | 'pdf';

const EXTENSIONS: Record<string, ReportFormat> = {
  txt: 'txt',
  text: 'txt',
  htm: 'html',
  html: 'html',
  shtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/**
 * The format of a file, from its leading bytes first (a misnamed PDF is still a PDF) and its
 * extension second; null for a known-foreign binary (OLE .doc/.xls, images) or foreign extension.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): ReportFormat | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'; // zip container
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return null; // OLE: legacy .doc/.xls
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== undefined && ext in EXTENSIONS) return EXTENSIONS[ext] ?? null;
  if (looksLikeHtml(bytes)) return 'html';
  // Report files often come without a useful extension (report.20210115, 下载); treat them as text.
  return ext === undefined || !KNOWN_BINARY.has(ext) ? 'txt' : null;
}

const KNOWN_BINARY = new Set([
  'doc',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'wps',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'zip',
  'rar',
]);

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
