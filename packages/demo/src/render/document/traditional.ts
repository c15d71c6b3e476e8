import { Converter } from 'opencc-js/cn2t';
import type { Block } from './blocks.ts';

let convert: ((text: string) => string) | undefined;

/** Simplified → traditional (Taiwan standard), the converter built once on first use. */
export function toTraditional(text: string): string {
  convert ??= Converter({ from: 'cn', to: 'tw' });
  return convert(text);
}

/** Every text of the blocks converted to traditional characters. */
export function blocksToTraditional(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => {
    if (b.type !== 'table') return { ...b, text: toTraditional(b.text) };
    return {
      ...b,
      rows: b.rows.map((row) => row.map((cell) => ({ ...cell, text: toTraditional(cell.text) }))),
    };
  });
}
