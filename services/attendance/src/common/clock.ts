/**
 * The service's clock. Work dates and times are Asia/Shanghai (UTC+8, no daylight saving).
 * Rules that depend on "now" (leave before it starts, a slip before going out, no future days,
 * no close before the month has ended) read it here; in-process tests may move it.
 */
import { instantOf, localDate, localParts } from '@bg/graphql';

let source: () => Date = () => new Date();

export function now(): Date {
  return source();
}

/** Replaces the clock (tests); `useClock(null)` restores the real one. */
export function useClock(clock: (() => Date) | null): void {
  source = clock ?? (() => new Date());
}

export function today(): string {
  return localDate(now());
}

/** The local date and time of an instant, and the instant of a local date and time: @bg/graphql's. */
export { localParts, instantOf };
