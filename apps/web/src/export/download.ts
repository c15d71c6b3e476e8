/** A file name from a title: no characters file systems refuse, with the date and an extension. */
export function exportFileName(title: string, isoDate: string, extension: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\s]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || '图表';
  return `${base}_${isoDate.slice(0, 10)}.${extension}`;
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
