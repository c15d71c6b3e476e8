import { describe, expect, it } from 'vitest';
import { bufferToBase64 } from './buffer-base64.ts';
import { loadPdfJs } from './load-pdf.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const encode = (data: unknown, options?: unknown) => bufferToBase64.call(data, options);

describe('bufferToBase64', () => {
  it('encodes the RFC 4648 test vectors with padding', () => {
    const vectors = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    vectors.forEach((expected, n) => {
      expect(encode(bytes('foobar'.slice(0, n)))).toBe(expected);
    });
  });

  it('honours the alphabet and omitPadding options', () => {
    const data = new Uint8Array([0xfb, 0xff, 0xbf]);
    expect(encode(data)).toBe('+/+/');
    expect(encode(data, { alphabet: 'base64url' })).toBe('-_-_');
    expect(encode(new Uint8Array([0xfb]), { alphabet: 'base64url' })).toBe('-w==');
    expect(encode(new Uint8Array([0xfb]), { omitPadding: true })).toBe('+w');
  });

  it('encodes only the view, not the whole buffer behind it', () => {
    const whole = bytes('xxfooxx');
    expect(encode(whole.subarray(2, 5))).toBe('Zm9v');
  });

  it('rejects what the proposal rejects', () => {
    expect(() => encode(new Uint8Array(1), null)).toThrow(TypeError);
    expect(() => encode(new Uint8Array(1), { alphabet: 'hex' })).toThrow(TypeError);
    expect(() => encode(new Uint16Array(1))).toThrow(TypeError);
    expect(() => encode([1, 2, 3])).toThrow(TypeError);
  });
});

describe('loading pdf.js', () => {
  it('leaves Uint8Array with a toBase64 that agrees with the proposal', async () => {
    await loadPdfJs();
    const method = (Uint8Array.prototype as { toBase64?: (this: Uint8Array) => string }).toBase64;
    expect(method?.call(bytes('foobar'))).toBe('Zm9vYmFy');
  });
});
