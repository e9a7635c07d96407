/**
 * splitting an approved plan's targets into goals per person and month or quarter, and
 * progress against them. Pure functions.
 */
import type { FieldProblem } from '@bg/graphql';
import { monthsOf, periodKind } from './periods';

export type Granularity = 'MONTH' | 'QUARTER';

export interface Figures {
  newAccounts: number;
  newAssetsFen: number;
  netRevenueFen: number;
}
export type Targets = { [K in keyof Figures]: number | null };

export interface GoalLine extends Figures {
  employeeId: string;
  period: string;
}

export const METRICS: Array<{ key: keyof Figures; label: string; fen: boolean }> = [
  { key: 'newAccounts', label: 'account openings (开户数)', fen: false },
  { key: 'newAssetsFen', label: 'new assets (新增资产)', fen: true },
  { key: 'netRevenueFen', label: 'net revenue (净收入)', fen: true },
];

const show = (n: number, fen: boolean) => (fen ? `${(n / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} yuan` : String(n));

/**
 * Every problem of a split: people outside the team, periods outside the plan or of the wrong kind,
 * a person and period twice, amounts that are not whole non-negative numbers, and totals that do
 * not add up to the plan's targets (with the difference). A plan without a target for a figure
 * (a new team's plan sets only account openings) takes no goals for it.
 */
export function splitProblems(plan: { targets: Targets; months: string[] }, by: Granularity, goals: GoalLine[], members: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!goals.length) problems.push({ field: 'goals', problem: 'split the targets to at least one person' });
  const seen = new Set<string>();
  goals.forEach((g, i) => {
    const at = `goals[${i}]`;
    if (!members.has(g.employeeId)) problems.push({ field: `${at}.employeeId`, problem: `${g.employeeId} is not an active manager of the plan's team` });
    const kind = periodKind(g.period);
    const months = monthsOf(g.period);
    if (kind !== by) problems.push({ field: `${at}.period`, problem: `"${g.period}" is not a ${by === 'MONTH' ? 'month (2026-03)' : 'quarter (2026-Q1)'}` });
    else if (!months!.every((m) => plan.months.includes(m)))
      problems.push({ field: `${at}.period`, problem: `${g.period} is outside the plan (${plan.months[0]} to ${plan.months[11]})` });
    const key = `${g.employeeId}|${g.period}`;
    if (seen.has(key)) problems.push({ field: `${at}.period`, problem: `${g.employeeId} has ${g.period} twice` });
    seen.add(key);
    for (const { key: k } of METRICS) {
      if (!Number.isSafeInteger(g[k]) || g[k] < 0) problems.push({ field: `${at}.${k}`, problem: 'a whole number, 0 or more' });
      else if (plan.targets[k] === null && g[k] !== 0) problems.push({ field: `${at}.${k}`, problem: 'the plan sets no target for this; leave it 0' });
    }
  });
  for (const { key, label, fen } of METRICS) {
    const target = plan.targets[key];
    if (target === null) continue;
    const sum = goals.reduce((s, g) => s + (Number.isSafeInteger(g[key]) ? g[key] : 0), 0);
    if (sum !== target) {
      const diff = target - sum;
      problems.push({
        field: `total.${key}`,
        problem: `the goals' ${label} add up to ${show(sum, fen)}, the plan's target is ${show(target, fen)}: ${show(Math.abs(diff), fen)} ${diff > 0 ? 'short' : 'over'}`,
      });
    }
  }
  return problems;
}

/**
 * A person's target over some months: the sum of the goals lying inside them. Null when a goal only
 * partly overlaps them (a quarter's goal asked for a month): such a target cannot be told.
 */
export function targetOver(goals: Array<Figures & { period: string }>, months: string[]): Figures | null {
  const out: Figures = { newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0 };
  for (const g of goals) {
    const gm = monthsOf(g.period)!;
    const inside = gm.filter((m) => months.includes(m)).length;
    if (inside === 0) continue;
    if (inside < gm.length) return null;
    for (const { key } of METRICS) out[key] += g[key];
  }
  return out;
}

export interface Progress {
  target: Targets;
  actual: Figures;
  /** How far below target, per figure (0 when met or without a target). */
  shortfall: Figures;
  /** Any figure below its target. */
  behind: boolean;
}

export function progressOf(target: Targets, actual: Figures): Progress {
  const shortfall: Figures = { newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0 };
  for (const { key } of METRICS) {
    const t = target[key];
    if (t !== null && actual[key] < t) shortfall[key] = t - actual[key];
  }
  return { target, actual, shortfall, behind: METRICS.some(({ key }) => shortfall[key] > 0) };
}

export const sumFigures = (rows: Figures[]): Figures => ({
  newAccounts: rows.reduce((s, r) => s + r.newAccounts, 0),
  newAssetsFen: rows.reduce((s, r) => s + r.newAssetsFen, 0),
  netRevenueFen: rows.reduce((s, r) => s + r.netRevenueFen, 0),
});
