import { decodeReport } from '../decode.ts';
import type { Adapter } from './adapter.ts';
import { textBlocks } from './text-blocks.ts';

/** Plain-text reports: detect the encoding, then read paragraphs and tab/pipe tables. */
export const textAdapter: Adapter = (bytes, file) => {
  const { text, encoding } = decodeReport(bytes, file);
  return { document: { text, blocks: textBlocks(text) }, encoding };
};
