import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import type { CachedReads } from '../cache/cached-reads.ts';
import type { RenderedAt } from '../cache/response-cache.ts';
import { RankingMemos } from './ranking-memo.ts';

/** The parts of CachedReads the memo reads: whether a response cache is on, and each request's version. */
function reads(cacheOn: boolean) {
  const renderedAt = new WeakMap<Request, RenderedAt>();
  return { cache: cacheOn ? {} : undefined, renderedAt } as unknown as CachedReads;
}

function request(on: CachedReads, at: RenderedAt | undefined): Context {
  const raw = new Request('http://nianbao.test/api/rankings');
  if (at !== undefined) on.renderedAt.set(raw, at);
  return { req: { raw } } as unknown as Context;
}

const ranking = (ranked: number) => ({ rows: [], ranked, flaggedCount: 0, valueScale: 0 });
const v = (version: number): RenderedAt => ({ epoch: 'e1', version });

describe('RankingMemos', () => {
  it('is off without a response cache or without a known data version', () => {
    const off = reads(false);
    expect(new RankingMemos(off).for(request(off, v(1)))).toBeUndefined();
    expect(new RankingMemos(undefined).for(request(off, v(1)))).toBeUndefined();
    const on = reads(true);
    expect(new RankingMemos(on).for(request(on, undefined))).toBeUndefined();
  });

  it('shares a computed ranking between requests of one data version and forgets it at the next', () => {
    const on = reads(true);
    const memos = new RankingMemos(on);
    memos.for(request(on, v(1)))?.set('k', ranking(7));
    expect(memos.for(request(on, { ...v(1) }))?.get('k')?.ranked).toBe(7);
    const later = memos.for(request(on, v(2)));
    expect(later?.get('k')).toBeUndefined();
    expect(memos.for(request(on, { epoch: 'e2', version: 2 }))?.get('k')).toBeUndefined();
  });

  it('does not keep what a request rendered at an older version computed', () => {
    const on = reads(true);
    const memos = new RankingMemos(on);
    const old = memos.for(request(on, v(1)));
    memos.for(request(on, v(2)));
    old?.set('k', ranking(1));
    expect(memos.for(request(on, v(2)))?.get('k')).toBeUndefined();
  });

  it('keeps the four rankings used last', () => {
    const on = reads(true);
    const memos = new RankingMemos(on);
    const memo = memos.for(request(on, v(1)));
    for (const key of ['a', 'b', 'c', 'd']) memo?.set(key, ranking(1));
    memo?.get('a');
    memo?.set('e', ranking(1));
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => memo?.get(key) !== undefined)).toEqual([
      true,
      false,
      true,
      true,
      true,
    ]);
  });
});
