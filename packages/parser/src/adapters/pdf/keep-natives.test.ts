import { describe, expect, it } from 'vitest';
import { keepNatives } from './keep-natives.ts';
import { loadPdfJs } from './load-pdf.ts';

describe('keepNatives', () => {
  it('puts back a replaced built-in and keeps a method the load added', async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const added = Symbol('added');
    const result = await keepNatives(async () => {
      // What a bundled polyfill does: swap existing methods, add a missing one.
      Array.prototype.push = function polyfilledPush(this: unknown[], ...items: unknown[]) {
        return push.apply(this, items);
      };
      JSON.parse = (text: string) => parse(text);
      Object.defineProperty(Array.prototype, added, { value: () => 'kept', configurable: true });
      return 'loaded';
    });
    try {
      expect(result).toBe('loaded');
      expect(Array.prototype.push).toBe(push);
      expect(JSON.parse).toBe(parse);
      expect((Array.prototype as unknown as Record<symbol, () => string>)[added]?.()).toBe('kept');
    } finally {
      Reflect.deleteProperty(Array.prototype, added);
    }
  });

  it('restores the built-ins even when the load throws', async () => {
    const stringify = JSON.stringify;
    await expect(
      keepNatives(async () => {
        JSON.stringify = () => 'polyfilled';
        throw new Error('load failed');
      }),
    ).rejects.toThrow('load failed');
    expect(JSON.stringify).toBe(stringify);
  });

  it('leaves the natives in place after pdf.js is loaded', async () => {
    const natives = [Array.prototype.push, JSON.parse, JSON.stringify];
    await loadPdfJs();
    expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(natives);
    expect(Function.prototype.toString.call(Array.prototype.push)).toContain('[native code]');
  });
});
