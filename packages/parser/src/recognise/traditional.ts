import { ConverterFactory, type ConverterFunction, Locale } from 'opencc-js/t2cn';

const { to } = Locale;

// OpenCC's traditional → simplified character table, one character to one character: it tells a
// traditional text and converts one whose phrase conversion would change its length.
let table: Map<number, number> | undefined;
// The same characters as a bit per code unit: the test that runs on every report.
let traditionalBits: Uint8Array | undefined;

function characterTable(): Map<number, number> {
  if (table !== undefined) return table;
  table = new Map();
  for (const group of to.cn ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const [from, into] = entry.split(' ');
        if (from === undefined || into === undefined || from.length !== 1 || into.length !== 1) continue;
        if (from !== into && !table.has(from.charCodeAt(0)))
          table.set(from.charCodeAt(0), into.charCodeAt(0));
      }
    }
  }
  return table;
}

// A text is treated as traditional when this share of its ideographs (and at least this many)
// exist only in traditional form; simplified reports contain a few such characters (著, 乾) too.
const MIN_SHARE = 0.1;
const MIN_HITS = 5;
const SAMPLE = 6000;

/** True when the text is written in traditional characters (judged on its first few thousand). */
export function isTraditional(text: string): boolean {
  if (traditionalBits === undefined) {
    traditionalBits = new Uint8Array(0x10000);
    for (const c of characterTable().keys()) traditionalBits[c] = 1;
  }
  const bits = traditionalBits;
  let han = 0;
  let hits = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    han++;
    hits += bits[c] ?? 0;
  }
  return hits >= MIN_HITS && hits >= han * MIN_SHARE;
}

let phrases: ConverterFunction | undefined;

/**
 * The text in simplified characters, same length: OpenCC's traditional → simplified conversion
 * (phrases first, so 反覆 becomes 反复 while 覆盖 stays), or character by character when a phrase
 * would change the length.
 */
export function toSimplified(text: string): string {
  phrases ??= ConverterFactory(to.cn ?? []);
  const converted = phrases(text);
  return converted.length === text.length ? converted : byCharacter(text);
}

function byCharacter(text: string): string {
  const chars = characterTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const into = chars.get(text.charCodeAt(i));
    if (into === undefined) continue;
    out += text.slice(from, i) + String.fromCharCode(into);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
