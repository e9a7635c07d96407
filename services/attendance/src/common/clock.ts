/**
 * The service's clock. Work dates and times are Asia/Shanghai (UTC+8, no daylight saving).
 * Rules that depend on "now" (leave before it starts, a slip before going out, no future days,
 * no close before the month has ended) read it here; in-process tests may move it.
 */
let source: () => Date = () => new Date();

export function now(): Date {
  return source();
}

/** Replaces the clock (tests); `useClock(null)` restores the real one. */
export function useClock(clock: (() => Date) | null): void {
  source = clock ?? (() => new Date());
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant in Asia/Shanghai. */
export function localParts(at: Date): { date: string; time: string } {
  const iso = new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export function today(): string {
  return localParts(now()).date;
}

/** The instant of a local date and time in Asia/Shanghai. */
export function instantOf(date: string, time = '00:00'): Date {
  return new Date(Date.parse(`${date}T${time}:00+08:00`));
}
