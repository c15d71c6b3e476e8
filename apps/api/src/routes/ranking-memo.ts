import type { getRankings } from '@nianbao/db';
import type { Context } from 'hono';
import type { CachedReads } from '../cache/cached-reads.ts';
import type { RenderedAt } from '../cache/response-cache.ts';

type Memo = NonNullable<Parameters<typeof getRankings>[1]['memo']>;
type Computed = NonNullable<ReturnType<Memo['get']>>;

const sameVersion = (a: RenderedAt | undefined, b: RenderedAt) =>
  a !== undefined && a.epoch === b.epoch && a.version === b.version;

/** Rankings kept at once: a province's is a few MB of rows, and scrolling reads one at a time. */
const KEPT = 4;

/**
 * Computed rankings kept beside the response cache, so the pages a table scrolls through (each a
 * URL of its own, each a miss of the response cache) share one computation. On only when the
 * response cache is: an API run without it computes every request. Entries belong to the data
 * version the request is rendered at and are dropped as soon as another version is seen.
 */
export class RankingMemos {
  #at: RenderedAt | undefined;
  readonly #entries = new Map<string, Computed>();

  constructor(private readonly reads: CachedReads | undefined) {}

  /** The memo for one request; undefined without a response cache or a known data version. */
  for(c: Context): Memo | undefined {
    const at = this.reads?.cache ? this.reads.renderedAt.get(c.req.raw) : undefined;
    if (at === undefined) return undefined;
    if (!sameVersion(this.#at, at)) {
      this.#entries.clear();
      this.#at = at;
    }
    const entries = this.#entries;
    return {
      get: (key) => {
        const found = entries.get(key);
        if (found !== undefined) {
          // Re-inserted: Map order is least recently used first.
          entries.delete(key);
          entries.set(key, found);
        }
        return found;
      },
      set: (key, ranking) => {
        // A request rendered at an older version than the latest seen must not fill the memo.
        if (!sameVersion(this.#at, at)) return;
        entries.set(key, ranking);
        for (const oldest of entries.keys()) {
          if (entries.size <= KEPT) break;
          entries.delete(oldest);
        }
      },
    };
  }
}
