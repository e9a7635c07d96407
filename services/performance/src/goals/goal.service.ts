/**
 * an approved plan's targets split to the team's managers by month or quarter, and progress
 * (actual figures from the CRM import, BusinessMetrics) against them.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { hasRole, peopleScope, type Principal } from '@bg/auth';
import { bulkInsert, type BulkColumns } from '@bg/db';
import { BadInputError, ConflictError, ForbiddenError } from '@bg/graphql';
import { KnownEmployee, regionVisibility } from '@bg/service';
import { placeholders, selectRows } from '@bg/db';
import { WorkPlan, WorkPlanStatus } from '../plans/plan.entity';
import { planMonths } from '../plans/plan.service';
import { GoalGranularity, Goal } from './goal.entity';
import { progressOf, splitProblems, sumFigures, targetOver, type Figures, type GoalLine, type Progress, type Targets } from './goal-rules';
import { monthsOf, PERIOD_FORMS } from './periods';

const MEMBERS = ['ACTIVE', 'PROBATION'];
const GOAL_COLUMNS: BulkColumns = {
  id: 'text',
  planId: 'text',
  employeeId: 'text',
  employeeName: 'text',
  granularity: 'text',
  period: 'text',
  // Goal.newAccounts keeps its column from before the rename (fieldName: 'account_openings').
  account_openings: 'int',
  newAssetsFen: 'bigint',
  netRevenueFen: 'bigint',
  assignedBy: 'text',
  assignedAt: 'timestamptz',
};

export const planTargets = (plan: WorkPlan): Targets => ({
  newAccounts: plan.targetNewAccounts,
  newAssetsFen: plan.targetNewAssetsFen,
  netRevenueFen: plan.targetNetRevenueFen,
});

/** The team's lead or the branch's manager assigns goals. */
export const mayAssignGoals = (p: Principal, plan: WorkPlan): boolean =>
  (hasRole(p, 'team-lead') && p.teamId === plan.teamId) || (hasRole(p, 'branch-manager') && p.branchId === plan.branchId);

/** Replaces the plan's goals with this split (one bulk insert); it must add up to the plan's targets exactly (else BAD_USER_INPUT with the difference). */
export async function assignGoals(em: EntityManager, p: Principal, plan: WorkPlan, by: GoalGranularity, goals: GoalLine[]): Promise<Goal[]> {
  if (!mayAssignGoals(p, plan)) throw new ForbiddenError(`Goals of team ${plan.teamId} are assigned by its lead or the manager of branch ${plan.branchId}`);
  if (plan.status !== WorkPlanStatus.APPROVED)
    throw new ConflictError(
      `Version ${plan.version} of this plan is ${plan.status.toLowerCase().replace('_', ' ')}: only the approved version is split into goals`,
    );
  const members = await em.find(KnownEmployee, { teamId: plan.teamId, status: { $in: MEMBERS } });
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const problems = splitProblems({ targets: planTargets(plan), months: planMonths(plan) }, by, goals, new Set(nameOf.keys()));
  if (problems.length) throw new BadInputError(`The goals do not split the plan's targets: ${problems.length} problem(s)`, problems);
  const at = new Date();
  const rowsToInsert: Goal[] = goals.map((g) =>
    Object.assign(new Goal(), {
      id: randomUUID(),
      planId: plan.id,
      employeeId: g.employeeId,
      employeeName: nameOf.get(g.employeeId)!,
      granularity: by,
      period: g.period,
      newAccounts: g.newAccounts,
      newAssetsFen: g.newAssetsFen,
      netRevenueFen: g.netRevenueFen,
      assignedBy: p.username,
      assignedAt: at,
    }),
  );
  await em.transactional(async (tx) => {
    await tx.nativeDelete(Goal, { planId: plan.id });
    await bulkInsert(
      tx,
      'plan_goal',
      GOAL_COLUMNS,
      rowsToInsert.map(({ newAccounts, ...row }) => ({ ...row, account_openings: newAccounts })),
    );
  });
  return rowsToInsert;
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

const NO_TARGET: Targets = { newAccounts: null, newAssetsFen: null, netRevenueFen: null };
const ZERO: Figures = { newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0 };
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
type GoalRow = {
  employee_id: string;
  employee_name: string;
  granularity: GoalGranularity;
  period: string;
  account_openings: number | string;
  new_assets_fen: number | string;
  net_revenue_fen: number | string;
};
type SumRow = { k: string; a: number | string; s: number | string; r: number | string };

/**
 * Progress of a team over some months against its plan's goals (no plan: figures without targets).
 * People: those with goals and anyone with non-zero figures imported for the team in those months
 * (their figures while in the team); the team's actual is every figure imported for the team.
 * Throws when a goal only partly lies in the months (a quarter goal asked for a month).
 */
export async function teamProgress(
  em: EntityManager,
  plan: WorkPlan | null,
  team: { branchId: string; teamId: string },
  months: string[],
): Promise<TeamProgressFigures> {
  const { branchId, teamId } = team;
  // Goals that may lie in the months (theirs and their quarters'), and each person's sums, read without hydrating entities.
  const periods = [...months, ...new Set(months.map(quarterOf))];
  const [goalRows, sums] = await Promise.all([
    plan
      ? selectRows<GoalRow>(
          em,
          `select employee_id, employee_name, granularity, period, account_openings, new_assets_fen, net_revenue_fen from plan_goal
          where plan_id = ? and period in (${placeholders(periods.length)}) order by employee_id, period`,
          [plan.id, ...periods],
        )
      : Promise.resolve([]),
    selectRows<SumRow>(
      em,
      `select employee_id k, sum(new_accounts) a, sum(new_assets) s, sum(net_revenue) r from business_metrics
      where branch_id = ? and month in (${placeholders(months.length)}) and team_id = ? group by employee_id`,
      [branchId, ...months, teamId],
    ),
  ]);
  const split = plan !== null && (goalRows.length > 0 || (await em.count(Goal, { planId: plan.id })) > 0);
  const goalsOf = new Map<string, Array<Figures & { period: string }>>();
  const nameOf = new Map<string, string>();
  for (const g of goalRows) {
    nameOf.set(g.employee_id, g.employee_name);
    const goal = {
      period: g.period,
      newAccounts: Number(g.account_openings),
      newAssetsFen: Number(g.new_assets_fen),
      netRevenueFen: Number(g.net_revenue_fen),
    };
    goalsOf.set(g.employee_id, [...(goalsOf.get(g.employee_id) ?? []), goal]);
  }
  const actualOf = new Map(sums.map((x) => [x.k, { newAccounts: Number(x.a), newAssetsFen: Number(x.s), netRevenueFen: Number(x.r) }]));
  const moved = (f: Figures) => f.newAccounts !== 0 || f.newAssetsFen !== 0 || f.netRevenueFen !== 0;
  const ids = [...new Set([...goalsOf.keys(), ...[...actualOf].filter(([, f]) => moved(f)).map(([k]) => k)])].sort();
  const unnamed = ids.filter((id) => !nameOf.has(id));
  if (unnamed.length) for (const k of await em.find(KnownEmployee, { id: { $in: unnamed } }, { fields: ['id', 'name'] })) nameOf.set(k.id, k.name);
  const planTarget = plan ? planTargets(plan) : NO_TARGET;
  const withoutUntargeted = (t: Figures): Targets => ({
    newAccounts: planTarget.newAccounts === null ? null : t.newAccounts,
    newAssetsFen: planTarget.newAssetsFen === null ? null : t.newAssetsFen,
    netRevenueFen: planTarget.netRevenueFen === null ? null : t.netRevenueFen,
  });
  const people = ids.map((id) => {
    const actual = actualOf.get(id) ?? { ...ZERO };
    let target: Targets = NO_TARGET;
    if (plan) {
      const t = targetOver(goalsOf.get(id) ?? [], months);
      if (!t) {
        throw new BadInputError(
          `The goals of this plan are set by ${goalRows[0].granularity === GoalGranularity.QUARTER ? 'quarter' : 'month'}; ask for whole quarters, a half year or the year`,
          [{ field: 'period', problem: 'it cuts a goal in parts' }],
        );
      }
      target = withoutUntargeted(t);
    }
    return { employeeId: id, name: nameOf.get(id) ?? id, ...progressOf(target, actual) };
  });
  const teamActual = sumFigures([...actualOf.values()]);
  let teamTarget: Targets = NO_TARGET;
  if (plan) {
    const sum = (k: keyof Figures) => people.reduce((s, x) => s + (x.target[k] ?? 0), 0);
    if (split) teamTarget = withoutUntargeted({ newAccounts: sum('newAccounts'), newAssetsFen: sum('newAssetsFen'), netRevenueFen: sum('netRevenueFen') });
    else if (planMonths(plan).every((m) => months.includes(m))) teamTarget = { ...planTarget }; // not split yet: the plan's own targets for the whole plan
  }
  return { months, people, team: progressOf(teamTarget, teamActual) };
}

/** The months of `period` that the plan covers; BAD_USER_INPUT when none. */
export function periodMonths(plan: WorkPlan, period: string): string[] {
  const months = monthsOf(period);
  if (!months) throw new BadInputError(`"${period}" is not a period`, [{ field: 'period', problem: `use ${PERIOD_FORMS}` }]);
  const inPlan = months.filter((m) => planMonths(plan).includes(m));
  if (!inPlan.length)
    throw new BadInputError(`${period} is outside the plan`, [{ field: 'period', problem: `the plan covers ${plan.startMonth} to ${planMonths(plan)[11]}` }]);
  return inPlan;
}

/** What `p` sees of a plan's progress: a manager their own line, a team lead the team, the branch and head office everything. */
export async function visibleProgress(
  em: EntityManager,
  p: Principal,
  plan: WorkPlan,
  period: string,
): Promise<TeamProgressFigures & { teamVisible: boolean }> {
  const scope = peopleScope(p);
  const teamVisible =
    scope.kind === 'all' || (scope.kind === 'branch' && scope.branchId === plan.branchId) || (scope.kind === 'team' && scope.teamId === plan.teamId);
  if (!teamVisible && p.teamId !== plan.teamId) throw new ForbiddenError(`You may not see the progress of team ${plan.teamId}`);
  const progress = await teamProgress(em, plan, plan, periodMonths(plan, period));
  if (teamVisible) return { ...progress, teamVisible };
  const known = await em.find(KnownEmployee, { id: { $in: progress.people.map((x) => x.employeeId) } });
  const placed = new Map(known.map((k) => [k.id, k]));
  const sees = await regionVisibility(em, p);
  const people = progress.people.filter((x) => x.employeeId === p.employeeId || (placed.has(x.employeeId) && sees(placed.get(x.employeeId)!)));
  return { ...progress, people, teamVisible };
}
