/** A limiter's answer: go ahead, or wait this many whole seconds (the Retry-After value). */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimiterOptions {
  /** Sustained rate; also the burst (a full bucket holds one minute's worth). */
  perMinute: number;
  /** The clock in ms; tests pass their own. */
  now?: () => number;
  /** Most keys tracked; idle (full) buckets are dropped first, then the oldest. Default 10,000. */
  maxKeys?: number;
}

/**
 * In-process token buckets, one per key (a token, a session, a client address). Each bucket holds
 * up to `perMinute` tokens and refills continuously at `perMinute` per minute; a request takes one.
 * Memory stays bounded however many distinct keys arrive.
 */
export class RateLimiter {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #now: () => number;
  readonly #maxKeys: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimiterOptions) {
    this.#capacity = Math.max(1, options.perMinute);
    this.#perMs = this.#capacity / 60_000;
    this.#now = options.now ?? Date.now;
    this.#maxKeys = options.maxKeys ?? 10_000;
  }

  /** Takes one token from `key`'s bucket. */
  take(key: string): RateDecision {
    const bucket = this.#refilled(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return this.#wait(bucket);
  }

  /** Whether `key` could take a token now, without taking it. */
  peek(key: string): RateDecision {
    const bucket = this.#buckets.get(key);
    if (bucket === undefined) return { ok: true };
    const refilled = this.#refilled(key);
    return refilled.tokens >= 1 ? { ok: true } : this.#wait(refilled);
  }

  /** Keys currently tracked. */
  get size(): number {
    return this.#buckets.size;
  }

  #wait(bucket: Bucket): RateDecision {
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000)) };
  }

  #refilled(key: string): Bucket {
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      this.#makeRoom(now);
      bucket = { tokens: this.#capacity, at: now };
      this.#buckets.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + Math.max(0, now - bucket.at) * this.#perMs);
    bucket.at = now;
    return bucket;
  }

  #makeRoom(now: number): void {
    if (this.#buckets.size < this.#maxKeys) return;
    for (const [key, bucket] of this.#buckets) {
      // A bucket that has refilled completely remembers nothing worth keeping.
      if (bucket.tokens + (now - bucket.at) * this.#perMs >= this.#capacity) this.#buckets.delete(key);
    }
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size < this.#maxKeys) break;
      this.#buckets.delete(key);
    }
  }
}
