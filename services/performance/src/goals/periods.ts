/**
 * Periods of plans, goals and reports: a month `2026-03`, a quarter `2026-Q1`, a half year
 * `2026-H1`, a year `2026`. Pure functions.
 */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

const PATTERNS: Array<[PeriodKind, RegExp]> = [
  ['MONTH', /^(\d{4})-(0[1-9]|1[0-2])$/],
  ['QUARTER', /^(\d{4})-Q([1-4])$/],
  ['HALF_YEAR', /^(\d{4})-H([12])$/],
  ['YEAR', /^(\d{4})$/],
];
const SPAN: Record<PeriodKind, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };

export function periodKind(period: string): PeriodKind | null {
  return PATTERNS.find(([, re]) => re.test(period))?.[0] ?? null;
}

/** The months (YYYY-MM) of a period, in order; null when the period is not one of the four forms. */
export function monthsOf(period: string): string[] | null {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(period);
    if (!m) continue;
    const year = Number(m[1]);
    const first = kind === 'YEAR' ? 1 : (Number(m[2]) - 1) * SPAN[kind] + 1;
    return Array.from({ length: SPAN[kind] }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
  }
  return null;
}

/** The 12 months from a first month on (a plan's months). */
export function twelveMonthsFrom(first: string): string[] {
  const [y, m] = first.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

export const PERIOD_FORMS = '2026-03 (month), 2026-Q1 (quarter), 2026-H1 (half year) or 2026 (year)';
