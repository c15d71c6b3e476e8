import { ParseError } from './parse-error.ts';

/** File formats the parser reads. */
export type ReportFormat = 'txt' | 'html' | 'docx' | 'pdf';

const EXTENSIONS: Record<string, ReportFormat> = {
  txt: 'txt',
  text: 'txt',
  htm: 'html',
  html: 'html',
  shtml: 'html',
  xhtml: 'html',
  jsp: 'html',
  asp: 'html',
  aspx: 'html',
  php: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const;

/**
 * The format of a file, from its leading bytes first (a misnamed PDF is still a PDF) and its
 * extension second; null for a binary the parser cannot read (legacy .doc/.wps, images, …) —
 * `unreadableError` says why.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): ReportFormat | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'; // zip container
  if (startsWith(bytes, OLE_MAGIC)) return null; // OLE: legacy .doc/.wps/.xls, encrypted OOXML
  if (startsWith(bytes, RTF_MAGIC)) return null;
  // Sites often serve Word's "save as web page" output, or a PDF with its header after junk, under
  // a .doc name; sniff the markup before trusting the extension.
  if (looksLikeHtml(bytes)) return 'html';
  const ext = extension(fileName);
  if (ext !== undefined && ext in EXTENSIONS) return EXTENSIONS[ext] ?? null;
  // Report files often come without a useful extension (report.20210115, 下载); treat them as text.
  return ext === undefined || !KNOWN_BINARY.has(ext) ? 'txt' : null;
}

/**
 * The ParseError for a file `detectFormat` returned null for: `legacy_format` for .doc/.wps/RTF
 * (save as DOCX), `encrypted` for a password-protected Office file, else `unsupported_format`.
 */
export function unreadableError(bytes: Uint8Array, fileName: string): ParseError {
  const ext = extension(fileName);
  if (startsWith(bytes, OLE_MAGIC)) {
    // Office encrypts OOXML into an OLE container holding an EncryptedPackage stream.
    if (hasUtf16Name(bytes, 'EncryptedPackage')) {
      return new ParseError(
        'encrypted',
        fileName,
        '文档已加密，请取消密码后另存为 DOCX 再导入 (the document is password-protected; remove the password and save as DOCX)',
      );
    }
    if (hasUtf16Name(bytes, 'WordDocument') || ext === 'doc' || ext === 'wps' || ext === 'dot') {
      return legacy(fileName, ext === 'wps' ? 'WPS' : 'Word 97–2003 (.doc)');
    }
    return new ParseError(
      'unsupported_format',
      fileName,
      'a legacy Office file that is not a Word document (e.g. .xls/.ppt); only txt, html, docx and pdf are read',
    );
  }
  if (startsWith(bytes, RTF_MAGIC)) return legacy(fileName, 'RTF');
  if (ext === 'doc' || ext === 'wps') return legacy(fileName, ext === 'wps' ? 'WPS' : 'Word 97–2003 (.doc)');
  return new ParseError(
    'unsupported_format',
    fileName,
    `cannot read ${ext === undefined ? 'this' : `.${ext}`} files; only txt, html, docx and pdf are read`,
  );
}

function legacy(fileName: string, kind: string): ParseError {
  return new ParseError(
    'legacy_format',
    fileName,
    `${kind} 格式无法直接读取，请另存为 DOCX 后再导入 (save as DOCX, then import again)`,
  );
}

const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66] as const; // {\rtf

const KNOWN_BINARY = new Set([
  'doc',
  'dot',
  'wps',
  'rtf',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'tif',
  'tiff',
  'zip',
  'rar',
  '7z',
  'ofd',
]);

function extension(fileName: string): string | undefined {
  return /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

// Markup at the start (after a BOM, blanks and comments): a doctype or one of the opening tags.
const HTML_START =
  /^(?:\ufeff|ï»¿)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b/i;

function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(latin1Head(bytes, 1024));
}

/**
 * The first `length` bytes as one character each. Buffer's latin1 differs from TextDecoder's
 * (windows-1252) only in 0x80-0x9f, which no markup pattern here matches either way, and is an
 * order of magnitude faster.
 */
export function latin1Head(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(length, bytes.byteLength)).toString('latin1');
}

/** Whether an OLE directory names a stream `name` (directory entries hold UTF-16LE names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Uint8Array.from([...name].flatMap((ch) => [ch.charCodeAt(0), 0]));
  const first = needle[0];
  // Directory sectors are small and usually early, but may sit anywhere; scan at most 8 MB.
  const limit = Math.min(bytes.length, 8 * 1024 * 1024) - needle.length;
  for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= limit; i = bytes.indexOf(first ?? 0, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}
