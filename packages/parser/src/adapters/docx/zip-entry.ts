import { inflateSync } from 'fflate';
import { ParseError } from '../../parse-error.ts';
import { entryDataOffset, type ZipEntry } from './zip-directory.ts';

/**
 * The bytes of one entry. The output buffer is sized from the declared (guarded) size, so an entry
 * that lies about its size cannot inflate past it.
 */
export function readZipEntry(bytes: Uint8Array, file: string, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) {
    throw new ParseError(
      'encrypted',
      file,
      `${entry.name} is encrypted; remove the password and save again (文档已加密，请取消密码后再导入)`,
    );
  }
  const start = entryDataOffset(bytes, file, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) {
    throw new ParseError(
      'corrupt',
      file,
      `${entry.name} uses zip compression method ${entry.method}, not deflate`,
    );
  }
  try {
    return inflateSync(data, { out: new Uint8Array(entry.uncompressedSize) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParseError('corrupt', file, `${entry.name} cannot be inflated (${reason})`);
  }
}
