/** Calendar arithmetic on local dates (YYYY-MM-DD) and months (YYYY-MM), all in UTC to stay exact. */
import { addDays, lastDayOfMonth } from '@bg/graphql';

const lastDay = lastDayOfMonth;

export { addDays, lastDay };

function toUtc(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(toUtc(date)).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week holding a date. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstDay(month: string): string {
  return `${month}-01`;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Months touched by a range of dates, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to);) {
    out.push(m);
    const [y, mm] = m.split('-').map(Number);
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return out;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** `2027-Q1` -> its first and last date; null when not a quarter. */
export function quarterRange(quarter: string): { from: string; to: string } | null {
  const m = QUARTER.exec(quarter);
  if (!m) return null;
  const first = (+m[2] - 1) * 3 + 1;
  return { from: `${m[1]}-${String(first).padStart(2, '0')}-01`, to: lastDay(`${m[1]}-${String(first + 2).padStart(2, '0')}`) };
}

const digit = (time: string, i: number): number => {
  const d = time.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

/** Minutes since midnight of `HH:MM` (00:00-23:59), or null when not a time of day. Read by hand: a bulk month classifies 220,000 days. */
export function minutesOf(time: string): number | null {
  if (time.length !== 5 || time.charCodeAt(2) !== 58 /* : */) return null;
  const hours = digit(time, 0) * 10 + digit(time, 1);
  const minutes = digit(time, 3) * 10 + digit(time, 4);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
