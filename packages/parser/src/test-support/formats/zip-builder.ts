import { deflateRawSync } from 'node:zlib';

/** An entry of a hand-built zip; the declared sizes and flags may lie on purpose. */
export interface ZipSpec {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflate (default). */
  method?: 0 | 8;
  /** Uncompressed size written in the headers (default: the real size). */
  declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

/** Builds a zip archive byte by byte, so tests can craft what no zip library would write. */
export function buildZip(specs: readonly ZipSpec[], options: { declaredCount?: number } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const method = spec.method ?? 8;
    const body = method === 8 ? deflateRawSync(spec.data) : Buffer.from(spec.data);
    const name = Buffer.from(spec.name, 'utf8');
    const size = spec.declaredSize ?? spec.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(spec.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(spec.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = options.declaredCount ?? specs.length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
