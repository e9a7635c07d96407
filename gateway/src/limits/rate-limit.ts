/**
 * Token buckets per key, in memory (one gateway replica's view: with N replicas behind a balancer
 * a user gets up to N times the rate, which the defaults allow for).
 *
 * A bucket holds `burst` tokens and refills at `perSecond`; a request takes one. Idle buckets
 * (full again) are dropped by a sweep, and the map is capped so that a flood of distinct keys
 * (forged addresses, many tokens) cannot grow memory without bound.
 */
export interface RateLimitOptions {
  perSecond: number;
  burst: number;
  /** Most keys kept at once; past it the oldest are dropped (their next request starts full). */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;
  private sweepAt = 0;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.maxKeys = options.maxKeys ?? 100_000;
  }

  /** Takes a token for `key`: 0 if allowed, else the seconds until one is there (for Retry-After). */
  take(key: string): number {
    const now = this.now();
    const { perSecond, burst } = this.options;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.sweep(now, true);
      bucket = { tokens: burst, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
      bucket.at = now;
    }
    if (now - this.sweepAt > 60_000) this.sweep(now, false);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }

  /** Whether `key` has a token left, without taking it. */
  peek(key: string): boolean {
    const bucket = this.buckets.get(key);
    if (!bucket) return true;
    return bucket.tokens + ((this.now() - bucket.at) / 1000) * this.options.perSecond >= 1;
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number, force: boolean) {
    this.sweepAt = now;
    const fullAfterMs = (this.options.burst / this.options.perSecond) * 1000;
    for (const [key, b] of this.buckets) {
      if (now - b.at >= fullAfterMs) this.buckets.delete(key);
    }
    if (force && this.buckets.size >= this.maxKeys) {
      // Still full of active keys: drop the oldest tenth (Map keeps insertion order).
      let drop = Math.ceil(this.maxKeys / 10);
      for (const key of this.buckets.keys()) {
        if (drop-- <= 0) break;
        this.buckets.delete(key);
      }
    }
  }
}
