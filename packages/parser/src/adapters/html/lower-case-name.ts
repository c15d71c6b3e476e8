// Tag and attribute names repeat thousands of times per page (td, tr, p, class, colspan): one
// string per distinct name, found by a number packed from its characters, saves slicing,
// lower-casing and hashing a fresh string for every tag.
const names = new Map<number, string>();
// Hostile pages may invent any number of names; past this many, new ones are not remembered.
const MAX_NAMES = 4096;
const MAX_PACKED = 8;

/**
 * The characters of a short name (letters in either case, digits, `-`) packed into one number, the
 * same for `TD` and `td`; -1 for a name too long or with other characters. Six bits per character,
 * each a non-zero code, so names of different lengths never collide; eight characters stay within
 * a double's exact integers.
 */
export function packedName(html: string, start: number, end: number): number {
  if (end - start > MAX_PACKED || end <= start) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    let code: number;
    if (c >= 0x61 && c <= 0x7a) code = c - 0x60;
    else if (c >= 0x41 && c <= 0x5a) code = c - 0x40;
    else if (c >= 0x30 && c <= 0x39) code = c - 0x30 + 27;
    else if (c === 0x2d) code = 37;
    else return -1;
    key = key * 64 + code;
  }
  return key;
}

/** `html.slice(start, end).toLowerCase()`, the same string object each time for short names. */
export function lowerCaseName(html: string, start: number, end: number): string {
  const key = packedName(html, start, end);
  if (key === -1) return html.slice(start, end).toLowerCase();
  let name = names.get(key);
  if (name === undefined) {
    name = html.slice(start, end).toLowerCase();
    if (names.size < MAX_NAMES) names.set(key, name);
  }
  return name;
}
