import type { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type InitParameters = Extract<Parameters<typeof getDocument>[0], { ownerDocument?: unknown }>;
/** What pdf.js takes as `ownerDocument`. */
export type OwnerDocument = NonNullable<InitParameters['ownerDocument']>;

/**
 * The stand-in `ownerDocument` pdf.js loads fonts into: a style sheet that accepts every
 * `@font-face` rule and keeps none.
 *
 * Why: for an operator list pdf.js must either hand each embedded font to a document as a font
 * face or, with `disableFontFace`, compile every glyph it meets into a drawing path and post it
 * across — a third of the CPU time of reading a PDF's ruling lines, for glyph outlines nothing here
 * draws (text comes from the text layer, rules from path operators). Node has no document, so
 * pdf.js would fail to attach the font and fall back to building the paths anyway; this one lets
 * the font face be "attached" and dropped. pdf.js (~5.6, Node) touches only what is below: its
 * font loader creates one `<style>` element, appends it to `<head>`, inserts rules into its sheet
 * and removes it when the document is destroyed.
 */
export function headlessDocument(): OwnerDocument {
  // Counts the rules (pdf.js inserts each at the end) but keeps none: they hold whole fonts in base64.
  const cssRules = { length: 0 };
  const sheet = { cssRules, insertRule: () => cssRules.length++ };
  const style = { sheet, remove: () => undefined };
  const head = { append: () => undefined };
  const document = {
    createElement: () => style,
    documentElement: { getElementsByTagName: () => [head] },
  };
  // Structural stand-in for the few members pdf.js uses; the DOM type is far wider.
  return document as unknown as OwnerDocument;
}
