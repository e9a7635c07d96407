/**
 * an approved plan's targets split to the team's managers by month or quarter, and progress
 * (actual figures from the CRM import, BusinessMetrics) against them.
 */
import type { EntityManager } from '@mikro-orm/core';
import { canSeePerson, hasRole, peopleScope, type Principal } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError } from '@bg/graphql';
import { KnownEmployee } from '@bg/service';
import { BusinessMetrics } from '../metrics/business-metrics.entity';
import { WorkPlan, WorkPlanStatus } from '../plans/plan.entity';
import { planMonths } from '../plans/plan.service';
import { GoalGranularity, Goal } from './goal.entity';
import { progressOf, splitProblems, sumFigures, targetOver, type Figures, type GoalLine, type Progress, type Targets } from './goal-rules';
import { monthsOf, PERIOD_FORMS } from './periods';

const MEMBERS = ['ACTIVE', 'PROBATION'];

export const planTargets = (plan: WorkPlan): Targets => ({
  accountOpenings: plan.targetAccountOpenings, newAssetsFen: plan.targetNewAssetsFen, netRevenueFen: plan.targetNetRevenueFen,
});

/** The team's lead or the branch's manager assigns goals. */
export const mayAssignGoals = (p: Principal, plan: WorkPlan): boolean =>
  (hasRole(p, 'team-lead') && p.teamId === plan.teamId) || (hasRole(p, 'branch-manager') && p.branchId === plan.branchId);

/** Replaces the plan's goals with this split; it must add up to the plan's targets exactly (else BAD_USER_INPUT with the difference). */
export async function assignGoals(em: EntityManager, p: Principal, plan: WorkPlan, by: GoalGranularity, goals: GoalLine[]): Promise<Goal[]> {
  if (!mayAssignGoals(p, plan)) throw new ForbiddenError(`Goals of team ${plan.teamId} are assigned by its lead or the manager of branch ${plan.branchId}`);
  if (plan.status !== WorkPlanStatus.APPROVED) throw new ConflictError(`Version ${plan.version} of this plan is ${plan.status.toLowerCase().replace('_', ' ')}: only the approved version is split into goals`);
  const members = await em.find(KnownEmployee, { teamId: plan.teamId, status: { $in: MEMBERS } });
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const problems = splitProblems({ targets: planTargets(plan), months: planMonths(plan) }, by, goals, new Set(nameOf.keys()));
  if (problems.length) throw new BadInputError(`The goals do not split the plan's targets: ${problems.length} problem(s)`, problems);
  return em.transactional(async (tx) => {
    await tx.nativeDelete(Goal, { planId: plan.id });
    const rows = goals.map((g) => tx.create(Goal, {
      planId: plan.id, employeeId: g.employeeId, employeeName: nameOf.get(g.employeeId)!, granularity: by, period: g.period,
      accountOpenings: g.accountOpenings, newAssetsFen: g.newAssetsFen, netRevenueFen: g.netRevenueFen, assignedBy: p.username, assignedAt: new Date(),
    } as Goal));
    await tx.flush();
    return rows;
  });
}

export interface PersonProgress extends Progress {
  employeeId: string;
  name: string;
}
export interface TeamProgressFigures {
  months: string[];
  people: PersonProgress[];
  team: Progress;
}

const NO_TARGET: Targets = { accountOpenings: null, newAssetsFen: null, netRevenueFen: null };
const figuresOf = (m: BusinessMetrics): Figures => ({ accountOpenings: m.newAccounts, newAssetsFen: Number(m.newAssets), netRevenueFen: Number(m.netRevenue) });

/**
 * Progress of a team over some months against its plan's goals (no plan: figures without targets).
 * People: those with goals and anyone with non-zero figures imported for the team in those months
 * (their figures while in the team); the team's actual is every figure imported for the team. Throws when a goal only partly lies in the months (a quarter goal asked for a month).
 */
export async function teamProgress(em: EntityManager, plan: WorkPlan | null, team: { branchId: string; teamId: string }, months: string[]): Promise<TeamProgressFigures> {
  const { branchId, teamId } = team;
  const goals = plan ? await em.find(Goal, { planId: plan.id }, { orderBy: { employeeId: 'asc', period: 'asc' } }) : [];
  const metrics = await em.find(BusinessMetrics, { branchId, month: { $in: months }, teamId }); // (branchId, month) is indexed
  const goalsOf = new Map<string, Goal[]>();
  for (const g of goals) goalsOf.set(g.employeeId, [...(goalsOf.get(g.employeeId) ?? []), g]);
  const moved = (m: BusinessMetrics) => m.newAccounts !== 0 || Number(m.newAssets) !== 0 || Number(m.netRevenue) !== 0;
  const ids = [...new Set([...goalsOf.keys(), ...metrics.filter(moved).map((m) => m.employeeId)])].sort();
  const known = ids.length ? await em.find(KnownEmployee, { id: { $in: ids } }) : [];
  const nameOf = new Map([...known.map((k) => [k.id, k.name] as const), ...goals.map((g) => [g.employeeId, g.employeeName] as const)]);
  const planTarget = plan ? planTargets(plan) : NO_TARGET;
  const withoutUntargeted = (t: Figures): Targets => ({
    accountOpenings: planTarget.accountOpenings === null ? null : t.accountOpenings,
    newAssetsFen: planTarget.newAssetsFen === null ? null : t.newAssetsFen,
    netRevenueFen: planTarget.netRevenueFen === null ? null : t.netRevenueFen,
  });
  const people = ids.map((id) => {
    const actual = sumFigures(metrics.filter((m) => m.employeeId === id).map(figuresOf));
    let target: Targets = NO_TARGET;
    if (plan) {
      const t = targetOver(goalsOf.get(id) ?? [], months);
      if (!t) {
        throw new BadInputError(`The goals of this plan are set by ${goals[0].granularity === GoalGranularity.QUARTER ? 'quarter' : 'month'}; ask for whole quarters, a half year or the year`,
          [{ field: 'period', problem: 'it cuts a goal in parts' }]);
      }
      target = withoutUntargeted(t);
    }
    return { employeeId: id, name: nameOf.get(id) ?? id, ...progressOf(target, actual) };
  });
  const teamActual = sumFigures(metrics.map(figuresOf));
  let teamTarget: Targets = NO_TARGET;
  if (plan) {
    const sum = (k: keyof Figures) => people.reduce((s, x) => s + (x.target[k] ?? 0), 0);
    if (goals.length) teamTarget = withoutUntargeted({ accountOpenings: sum('accountOpenings'), newAssetsFen: sum('newAssetsFen'), netRevenueFen: sum('netRevenueFen') });
    else if (planMonths(plan).every((m) => months.includes(m))) teamTarget = { ...planTarget }; // not split yet: the plan's own targets for the whole plan
  }
  return { months, people, team: progressOf(teamTarget, teamActual) };
}

/** The months of `period` that the plan covers; BAD_USER_INPUT when none. */
export function periodMonths(plan: WorkPlan, period: string): string[] {
  const months = monthsOf(period);
  if (!months) throw new BadInputError(`"${period}" is not a period`, [{ field: 'period', problem: `use ${PERIOD_FORMS}` }]);
  const inPlan = months.filter((m) => planMonths(plan).includes(m));
  if (!inPlan.length) throw new BadInputError(`${period} is outside the plan`, [{ field: 'period', problem: `the plan covers ${plan.startMonth} to ${planMonths(plan)[11]}` }]);
  return inPlan;
}

/** What `p` sees of a plan's progress: a manager their own line, a team lead the team, the branch and head office everything. */
export async function visibleProgress(em: EntityManager, p: Principal, plan: WorkPlan, period: string): Promise<TeamProgressFigures & { teamVisible: boolean }> {
  const scope = peopleScope(p);
  const teamVisible = scope.kind === 'all' || (scope.kind === 'branch' && scope.branchId === plan.branchId) || (scope.kind === 'team' && scope.teamId === plan.teamId);
  if (!teamVisible && p.teamId !== plan.teamId) throw new ForbiddenError(`You may not see the progress of team ${plan.teamId}`);
  const progress = await teamProgress(em, plan, plan, periodMonths(plan, period));
  if (teamVisible) return { ...progress, teamVisible };
  const known = await em.find(KnownEmployee, { id: { $in: progress.people.map((x) => x.employeeId) } });
  const placed = new Map(known.map((k) => [k.id, k]));
  const people = progress.people.filter((x) => x.employeeId === p.employeeId || (placed.has(x.employeeId) && canSeePerson(p, placed.get(x.employeeId)!)));
  return { ...progress, people, teamVisible };
}
