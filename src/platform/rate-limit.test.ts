import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows a burst of perMinute, then refuses with the wait until the next token', () => {
    const limiter = createRateLimiter(6);
    const t0 = 1_000_000;
    for (let i = 0; i < 6; i++) expect(limiter.take('10.0.0.1', t0).ok).toBe(true);
    expect(limiter.take('10.0.0.1', t0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    // Another address has its own bucket.
    expect(limiter.take('10.0.0.2', t0).ok).toBe(true);
    // One token comes back every 10 s.
    expect(limiter.take('10.0.0.1', t0 + 9_000).ok).toBe(false);
    expect(limiter.take('10.0.0.1', t0 + 19_000).ok).toBe(true);
    expect(limiter.take('10.0.0.1', t0 + 19_000).ok).toBe(false);
  });

  it('never refuses when the limit is 0 (turned off)', () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.take('10.0.0.1', 0).ok).toBe(true);
  });
});
