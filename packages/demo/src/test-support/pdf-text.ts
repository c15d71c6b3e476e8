import { inflateSync } from 'node:zlib';

/**
 * Reads the text layer of a PDF the way a text extractor does for simple files: inflates every
 * Flate stream, builds the code → Unicode map from the ToUnicode CMaps, and decodes the hex
 * strings shown by Tj/TJ. One string per BT…ET text object, in content order. Enough for the
 * PDFs this package writes (one Identity-H font); not a general PDF reader.
 */
export function pdfTextObjects(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes);
  const latin = raw.toString('latin1');
  const streams: string[] = [];
  const re = /(?<!end)stream\r?\n/gu;
  for (let m = re.exec(latin); m; m = re.exec(latin)) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    const dict = latin.slice(latin.lastIndexOf('<<', m.index), m.index);
    const data = raw.subarray(start, end);
    streams.push(
      dict.includes('/FlateDecode') ? inflateSync(data).toString('latin1') : data.toString('latin1'),
    );
    re.lastIndex = end + 'endstream'.length;
  }
  const map = new Map<number, string>();
  for (const s of streams.filter((x) => x.includes('begincmap'))) readCMap(s, map);
  const out: string[] = [];
  for (const s of streams.filter((x) => x.includes('BT'))) {
    for (const obj of s.match(/BT[\s\S]*?ET/gu) ?? []) {
      const hex = [...obj.matchAll(/<([0-9a-fA-F]+)>/gu)].map((h) => h[1] ?? '');
      const text = hex.map((h) => decodeHex(h, map)).join('');
      if (text !== '') out.push(text);
    }
  }
  return out;
}

const hexToString = (hex: string) => {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    s += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return s;
};

function decodeHex(hex: string, map: ReadonlyMap<number, string>): string {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += map.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '';
  return s;
}

function readCMap(cmap: string, map: Map<number, string>): void {
  for (const block of cmap.match(/beginbfchar([\s\S]*?)endbfchar/gu) ?? []) {
    for (const m of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/gu)) {
      map.set(Number.parseInt(m[1] ?? '0', 16), hexToString(m[2] ?? ''));
    }
  }
  for (const block of cmap.match(/beginbfrange([\s\S]*?)endbfrange/gu) ?? []) {
    for (const m of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/gu)) {
      const lo = Number.parseInt(m[1] ?? '0', 16);
      const hi = Number.parseInt(m[2] ?? '0', 16);
      const target = m[3] ?? '';
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F]+)>/gu)].forEach((t, i) => {
          map.set(lo + i, hexToString(t[1] ?? ''));
        });
      } else {
        const first = Number.parseInt(target.slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(first + c - lo));
      }
    }
  }
}
