/**
 * an approved plan's targets decomposed to regions (区域, borne by their regional managers):
 * the split's problems, and which months a person's figures count for a region. Pure functions.
 */
import type { FieldProblem } from '@bg/graphql';
import { METRICS, type Figures, type Granularity, type Targets } from '../goals/goal-rules';
import { monthsOf, periodKind } from '../goals/periods';

export interface RegionGoalLine extends Figures {
  regionId: string;
  period: string;
}

const show = (n: number, fen: boolean) => (fen ? `${(n / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} yuan` : String(n));

/**
 * Problems of a split to regions: regions not open in the plan's team, periods of the wrong kind or
 * outside the plan, a region and period twice, amounts not whole and non-negative, and totals above
 * the plan's targets (a region's share: managers in no region keep the rest, so the regions' goals
 * need not add up to the whole target, but never exceed it).
 */
export function regionSplitProblems(
  plan: { targets: Targets; months: string[] },
  by: Granularity,
  goals: RegionGoalLine[],
  regions: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!goals.length) problems.push({ field: 'goals', problem: 'give at least one region its share' });
  const seen = new Set<string>();
  goals.forEach((g, i) => {
    const at = `goals[${i}]`;
    if (!regions.has(g.regionId)) problems.push({ field: `${at}.regionId`, problem: `${g.regionId} is not an open region of the plan's team` });
    const months = monthsOf(g.period);
    if (periodKind(g.period) !== by)
      problems.push({ field: `${at}.period`, problem: `"${g.period}" is not a ${by === 'MONTH' ? 'month (2026-03)' : 'quarter (2026-Q1)'}` });
    else if (!months!.every((m) => plan.months.includes(m)))
      problems.push({ field: `${at}.period`, problem: `${g.period} is outside the plan (${plan.months[0]} to ${plan.months[11]})` });
    const key = `${g.regionId}|${g.period}`;
    if (seen.has(key)) problems.push({ field: `${at}.period`, problem: `${g.regionId} has ${g.period} twice` });
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
    if (sum > target)
      problems.push({
        field: `total.${key}`,
        problem: `the regions' ${label} add up to ${show(sum, fen)}, above the plan's target of ${show(target, fen)}: ${show(sum - target, fen)} over`,
      });
  }
  return problems;
}

/** The last day of a month (YYYY-MM-DD): a person's region for a month is their region on its last day. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}
