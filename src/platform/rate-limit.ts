/**
 * A per-address token bucket for the public API's writes (sign-in, self-registration): each
 * address may make `perMinute` of them in a burst, refilled evenly over a minute. It slows
 * password guessing across accounts and scripted mass registration; account lockout and
 * idempotency keys still apply behind it. In memory, per process: behind several processes,
 * put the same limit in the proxy too.
 */
export interface RateLimiter {
  /** Takes one token for `key`; answers how many seconds to wait when there is none. */
  take(key: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
}

const MAX_KEYS = 50_000;

export function createRateLimiter(perMinute: number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  return {
    take(key, now = Date.now()) {
      if (perMinute <= 0) return { ok: true };
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      if (buckets.size >= MAX_KEYS && !buckets.has(key)) {
        // Forget the addresses that are back to a full bucket; they lose nothing by it.
        for (const [k, b] of buckets) if (b.tokens + (now - b.at) * perMs >= perMinute) buckets.delete(k);
      }
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / perMs / 1000) };
      bucket.tokens -= 1;
      return { ok: true };
    },
  };
}
