/**
 * A Content-Disposition header that keeps a Chinese file name: an ASCII `filename` for old clients
 * and the UTF-8 `filename*` of RFC 5987 / RFC 6266, which browsers prefer.
 */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment'): string {
  // A download is named by the file's own name, never by a path an upload claimed (`../../x`).
  const fileName = name.slice(name.lastIndexOf('/') + 1) || 'download';
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot).replace(/[^\x20-\x7e]/g, '') : '';
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName)
    .replace(/[^\x20-\x7e]+/g, '_')
    .replace(/["\\]/g, '_')
    .trim();
  const ascii = `${stem === '' || /^_+$/.test(stem) ? 'download' : stem}${extension}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
