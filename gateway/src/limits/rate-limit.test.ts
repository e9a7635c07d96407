import { RateLimiter } from './rate-limit';

it('lets a burst through, then refuses with the seconds until a token is back, and refills at the rate', () => {
  let now = 0;
  const limiter = new RateLimiter({ perSecond: 2, burst: 3 }, () => now);
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
  expect(limiter.take('a')).toBe(1);
  expect(limiter.take('b')).toBe(0); // another user is not affected
  now += 500;
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBeGreaterThan(0);
});

it('keeps at most maxKeys buckets (a flood of distinct keys does not grow memory)', () => {
  let now = 0;
  const limiter = new RateLimiter({ perSecond: 1, burst: 1, maxKeys: 1000 }, () => now);
  for (let i = 0; i < 10_000; i++) {
    now += 1;
    limiter.take(`k${i}`);
  }
  expect(limiter.size).toBeLessThanOrEqual(1000);
});
