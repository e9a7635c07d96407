/**
 * 第五条 计划回顾: the team lead's periodic review of the team's plan (R-1.4: progress is reviewed
 * against the goals and shortfalls corrected). Pure rules: which periods a review may be for, what
 * a review must say, and which periods still miss one.
 */
import { lastDayOfMonth } from '@bg/graphql';
import { monthsOf, periodKind } from '../goals/periods';

export type ReviewCadence = 'MONTH' | 'QUARTER';

export interface Problem {
  field: string;
  problem: string;
}

export const MAX_TEXT = 20_000;

/** The first and last day of a month or quarter; null for any other period. */
export function reviewPeriodDays(period: string): { first: string; last: string } | null {
  const kind = periodKind(period);
  if (kind !== 'MONTH' && kind !== 'QUARTER') return null;
  const months = monthsOf(period)!;
  return { first: `${months[0]}-01`, last: lastDayOfMonth(months[months.length - 1]) };
}

/**
 * What is wrong with a review: a month or quarter; reviewed on a day within or after the period
 * and not after today; findings written; corrective actions written whenever the team is behind
 * its goals (及时改正工作中的不足); texts bounded.
 */
export function reviewProblems(
  r: { period: string; reviewedOn: string; findings: string; correctiveActions: string },
  today: string,
  behind: boolean | null,
): Problem[] {
  const problems: Problem[] = [];
  const days = reviewPeriodDays(r.period);
  if (!days) problems.push({ field: 'period', problem: 'a plan review is for a month (2026-07) or a quarter (2026-Q3)' });
  else if (r.reviewedOn < days.first) problems.push({ field: 'reviewedOn', problem: `a review of ${r.period} is made on ${days.first} or later` });
  if (r.reviewedOn > today) problems.push({ field: 'reviewedOn', problem: `today (${today}) or an earlier day` });
  if (!r.findings.trim()) problems.push({ field: 'findings', problem: "write the lead's findings on the progress" });
  else if (r.findings.length > MAX_TEXT) problems.push({ field: 'findings', problem: `at most ${MAX_TEXT.toLocaleString('en')} characters` });
  if (r.correctiveActions.length > MAX_TEXT) problems.push({ field: 'correctiveActions', problem: `at most ${MAX_TEXT.toLocaleString('en')} characters` });
  else if (behind && !r.correctiveActions.trim())
    problems.push({ field: 'correctiveActions', problem: 'the team is behind its goals for the period: say how the shortfall is to be corrected' });
  return problems;
}

/** The months or quarters of a year, in order. */
export function periodsOfYear(year: number, every: ReviewCadence): string[] {
  return every === 'MONTH'
    ? Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
    : Array.from({ length: 4 }, (_, i) => `${year}-Q${i + 1}`);
}

/**
 * The periods of a year that miss a review: covered by an approved plan (`planned(firstMonth)`),
 * over by today (a period still running is not missing yet), and without a review of that period.
 */
export function missingReviews(
  year: number,
  every: ReviewCadence,
  today: string,
  reviewed: ReadonlySet<string>,
  planned: (firstMonth: string) => boolean,
): Array<{ period: string; lastDay: string }> {
  return periodsOfYear(year, every)
    .map((period) => ({ period, days: reviewPeriodDays(period)! }))
    .filter(({ period, days }) => days.last < today && !reviewed.has(period) && planned(days.first.slice(0, 7)))
    .map(({ period, days }) => ({ period, lastDay: days.last }));
}
