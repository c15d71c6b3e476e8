import type { Adapter } from '../adapter.ts';
import { DocumentBuilder } from '../rendering/document-builder.ts';
import { stripChrome } from './chrome.ts';
import { contentRoot } from './content-root.ts';
import { decodeHtml } from './decode-html.ts';
import { writeHtmlBlocks } from './html-blocks.ts';
import { parseHtmlPage } from './html-tree.ts';

/**
 * HTML pages as government sites publish them: decode (BOM, declared charset, detection), parse,
 * drop site chrome, pick the element holding the report, then write its paragraphs and tables
 * (spans expanded) as a text rendering with the document model pointing into it.
 */
export const htmlAdapter: Adapter = (bytes, file) => {
  const { text: html, encoding } = decodeHtml(bytes, file);
  const { root, textLength } = parseHtmlPage(html);
  stripChrome(root, textLength);
  const builder = new DocumentBuilder();
  writeHtmlBlocks(contentRoot(root), builder);
  return { document: builder.build(), encoding };
};
