/**
 * Local dates of work (DOMAIN: "dates of work are local dates, Asia/Shanghai; instants are UTC"):
 * the one place that turns an instant into the work calendar's date and time, and does calendar
 * arithmetic on `YYYY-MM-DD` dates and `YYYY-MM` months. It lives beside the `LocalDate` and
 * `YearMonth` scalars that carry these strings in the schema.
 *
 * Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset gives the
 * same answers as the time-zone database for every date the system handles, and is cheap enough
 * for bulk paths (a month of attendance classifies 220,000 days). Arithmetic is done on UTC
 * midnights, so it is exact whatever the process's own time zone.
 */

export const WORK_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The local date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant in the work time zone. */
export function localParts(at: Date): { date: string; time: string } {
  const iso = new Date(at.getTime() + OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The work date of an instant, `YYYY-MM-DD`; without one, today's. */
export function localDate(at: Date = new Date()): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The work month of an instant, `YYYY-MM`; without one, this month. */
export function localMonth(at: Date = new Date()): string {
  return localDate(at).slice(0, 7);
}

/** An instant as local time, `YYYY-MM-DD HH:MM:SS` (what a clerk reads in a report). */
export function localDateTime(at: Date): string {
  const iso = new Date(at.getTime() + OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The instant at which a local date and time (`HH:MM`, default midnight) begins. */
export function instantOf(date: string, time = '00:00'): Date {
  return new Date(Date.parse(`${date}T${time}:00+08:00`));
}

const toUtc = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The date `n` days after (before, when negative) a date. */
export function addDays(date: string, n: number): string {
  return fromUtc(toUtc(date) + n * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The month `n` months after (before, when negative) a `YYYY-MM` month. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The last day (YYYY-MM-DD) of a `YYYY-MM` month. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return fromUtc(Date.UTC(y, m, 0));
}
