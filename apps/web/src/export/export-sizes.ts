/** A fixed export size in CSS pixels; images are drawn at {@link EXPORT_SCALE}×. */
export interface ExportSize {
  id: 'slide' | 'a4half';
  label: string;
  width: number;
  height: number;
}

/** Pixels per CSS pixel of PNG exports (sharp on slides and in print). */
export const EXPORT_SCALE = 2;

/**
 * The sizes offered, independent of the window: a 16:9 slide (PNG 1600×900) and half an A4 page
 * (210 × 148.5 mm, PNG 1600×1132).
 */
export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: 'slide', label: '16:9 幻灯片', width: 800, height: 450 },
  { id: 'a4half', label: 'A4 半页', width: 800, height: 566 },
];

/** The size with this id (the slide when unknown). */
export function exportSize(id: string): ExportSize {
  const [slide] = EXPORT_SIZES;
  return EXPORT_SIZES.find((s) => s.id === id) ?? (slide as ExportSize);
}
