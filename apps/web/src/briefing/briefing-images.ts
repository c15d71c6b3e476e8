import type { ExportItem } from '../export/export-item.ts';
import type { ExportSize } from '../export/export-sizes.ts';
import { exportPng } from '../export/render-export.ts';

/** A PNG blob as a data: URL (for <img> under the page's CSP and for pptxgenjs). */
export function blobDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(blob);
  });
}

/** Each item drawn as a framed PNG of one size, in order (one at a time: they share the capture host). */
export async function briefingImages(
  items: readonly ExportItem[],
  size: ExportSize,
  onProgress?: (done: number) => void,
): Promise<string[]> {
  const images: string[] = [];
  for (const item of items) {
    images.push(await blobDataUrl(await exportPng(item, size)));
    onProgress?.(images.length);
  }
  return images;
}
