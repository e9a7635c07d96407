/**
 * R-1.4 for regions (区域, issue 16 item 4): the team's lead or the branch's manager decomposes an
 * approved plan's targets to the team's regions (borne by their regional managers) by month or
 * quarter; a region's progress is the sum of its members' figures for the period (a person's month
 * counts for the region they are in on its last day), with each member's own goals, shortfalls
 * flagged as for client managers. Regions come from personnel's organisation (`@bg/service` known-region).
 */
import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { hasRole, peopleScope, type Principal } from '@bg/auth';
import { placeholders, selectRows } from '@bg/db';
import { BadInputError, ConflictError, FenScalar, ForbiddenError, NotFoundError, PeriodScalar, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { KnownEmployee, KnownRegion, KnownRegionMember, regionsOn } from '@bg/service';
import { WorkPlan, WorkPlanStatus } from '../plans/plan.entity';
import { approvedPlanFor, loadPlan, planMonths } from '../plans/plan.service';
import { GoalGranularity } from '../goals/goal.entity';
import { mayAssignGoals, periodMonths, planTargets } from '../goals/goal.service';
import { progressOf, sumFigures, targetOver, type Figures, type Targets } from '../goals/goal-rules';
import { monthsOf, PERIOD_FORMS } from '../goals/periods';
import { PersonProgress, ProgressAgainstTarget } from '../goals/progress.types';
import { RegionGoal } from './region-goal.entity';
import { lastDayOf, regionSplitProblems } from './region-goal.rules';

@InputType({ description: "A region's goal for a month or quarter" })
class RegionGoalInput {
  @Field(() => ID, { description: 'The region (区域) of the plan’s team' }) regionId!: string;
  @Field(() => PeriodScalar, { description: 'The month (2026-03) or quarter (2026-Q1) the goal is for' }) period!: string;
  @Field(() => Int, { description: '开户数: accounts to open' }) newAccounts!: number;
  @Field(() => FenScalar, { defaultValue: 0, description: '新增资产: new assets brought in, fen' }) newAssetsFen!: number;
  @Field(() => FenScalar, { defaultValue: 0, description: '净收入: net revenue from customers, fen' }) netRevenueFen!: number;
}

@ObjectType({ description: "A region's progress over a period of an approved plan (R-1.4): the region against its goals, and each member against theirs" })
class RegionProgress {
  @Field(() => WorkPlan, { description: 'The approved plan' }) plan!: WorkPlan;
  @Field(() => ID, { description: 'The region (区域)' }) regionId!: string;
  @Field({ description: "The region's name" }) regionName!: string;
  @Field(() => ID, { description: 'The regional manager (区域经理)' }) managerId!: string;
  @Field(() => PeriodScalar, { description: 'The period asked about: a month, quarter, half year or year' }) period!: string;
  @Field(() => [YearMonthScalar], { description: 'The months of the period the plan covers' }) months!: string[];
  @Field(() => ProgressAgainstTarget, { description: "The region: its goals against the sum of its members' figures, shortfalls flagged" })
  region!: ProgressAgainstTarget;
  @Field(() => [PersonProgress], { description: "The region's members in the period (in it on the last day of a month), each against their own goals" })
  people!: PersonProgress[];
}

/** A region's goals and progress: its regional manager, the team's lead, the branch's roles, head office. */
export function maySeeRegion(p: Principal, r: KnownRegion): boolean {
  if (p.employeeId && p.employeeId === r.managerId && hasRole(p, 'regional-manager')) return true;
  const scope = peopleScope(p);
  return scope.kind === 'all' || (scope.kind === 'branch' && scope.branchId === r.branchId) || (scope.kind === 'team' && scope.teamId === r.teamId);
}

async function knownRegion(em: EntityManager, id: string): Promise<KnownRegion> {
  const r = await em.findOne(KnownRegion, id);
  if (!r) throw new NotFoundError('Region', id);
  return r;
}

const NO_TARGET: Targets = { newAccounts: null, newAssetsFen: null, netRevenueFen: null };
const ZERO: Figures = { newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0 };
type Num = number | string;

/** Each member's months in the region: who was in it on the last day of each month. */
export async function regionMonths(em: EntityManager, region: KnownRegion, months: string[]): Promise<Map<string, string[]>> {
  const assignments = await em.find(KnownRegionMember, { teamId: region.teamId });
  const out = new Map<string, string[]>();
  for (const month of months) for (const [id, r] of regionsOn(assignments, lastDayOf(month))) if (r === region.id) out.set(id, [...(out.get(id) ?? []), month]);
  return out;
}

export async function regionProgressOf(em: EntityManager, plan: WorkPlan, region: KnownRegion, months: string[]) {
  const inRegion = await regionMonths(em, region, months);
  const ids = [...inRegion.keys()].sort();
  const periods = [...months, ...new Set(months.map((m) => `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`))];
  const [regionGoals, personGoals, sums, known] = await Promise.all([
    em.find(RegionGoal, { planId: plan.id, regionId: region.id, period: { $in: periods } }),
    ids.length
      ? selectRows<{ employee_id: string; period: string; account_openings: Num; new_assets_fen: Num; net_revenue_fen: Num }>(
          em,
          `select employee_id, period, account_openings, new_assets_fen, net_revenue_fen from plan_goal where plan_id = ? and employee_id in (${placeholders(ids.length)})`,
          [plan.id, ...ids],
        )
      : Promise.resolve([]),
    ids.length
      ? selectRows<{ employee_id: string; month: string; a: Num; s: Num; r: Num }>(
          em,
          `select employee_id, month, sum(new_accounts) a, sum(new_assets) s, sum(net_revenue) r from business_metrics
          where branch_id = ? and month in (${placeholders(months.length)}) and employee_id in (${placeholders(ids.length)}) group by employee_id, month`,
          [plan.branchId, ...months, ...ids],
        )
      : Promise.resolve([]),
    ids.length ? em.find(KnownEmployee, { id: { $in: ids } }, { fields: ['id', 'name'] }) : Promise.resolve([]),
  ]);
  const planTarget = planTargets(plan);
  const only = (t: Figures): Targets => ({
    newAccounts: planTarget.newAccounts === null ? null : t.newAccounts,
    newAssetsFen: planTarget.newAssetsFen === null ? null : t.newAssetsFen,
    netRevenueFen: planTarget.netRevenueFen === null ? null : t.netRevenueFen,
  });
  const cut = () =>
    new BadInputError('The goals are set by quarter; ask for whole quarters, a half year or the year', [
      { field: 'period', problem: 'it cuts a goal in parts' },
    ]);
  const nameOf = new Map(known.map((k) => [k.id, k.name]));
  const people = ids.map((id) => {
    const mine = new Set(inRegion.get(id));
    const actual = sumFigures(
      sums
        .filter((x) => x.employee_id === id && mine.has(x.month))
        .map((x) => ({ newAccounts: Number(x.a), newAssetsFen: Number(x.s), netRevenueFen: Number(x.r) })),
    );
    const goals = personGoals
      .filter((g) => g.employee_id === id)
      .map((g) => ({
        period: g.period,
        newAccounts: Number(g.account_openings),
        newAssetsFen: Number(g.new_assets_fen),
        netRevenueFen: Number(g.net_revenue_fen),
      }));
    const t = targetOver(goals, months);
    if (!t) throw cut();
    return { employeeId: id, name: nameOf.get(id) ?? id, ...progressOf(goals.length ? only(t) : NO_TARGET, actual) };
  });
  const t = targetOver(regionGoals, months);
  if (!t) throw cut();
  const regionTarget = regionGoals.length ? only(t) : NO_TARGET;
  return { months, people, region: progressOf(regionTarget, people.length ? sumFigures(people.map((x) => x.actual)) : { ...ZERO }) };
}

@Resolver(() => RegionGoal)
export class RegionGoalResolver {
  @Authorized('team-lead', 'branch-manager')
  @Mutation(() => [RegionGoal], {
    description:
      "Decompose an approved plan's targets to the team's regions (区域, borne by their regional managers) by month or quarter (R-1.4; the team's lead or the branch's manager). " +
      "Replaces the plan's region goals; their totals may not exceed the plan's targets (managers in no region keep the rest), else BAD_USER_INPUT and nothing written.",
  })
  async assignRegionGoals(
    @Arg('planId', () => ID, { description: 'The approved work plan' }) planId: string,
    @Arg('by', () => GoalGranularity, { description: 'By month or by quarter' }) by: GoalGranularity,
    @Arg('goals', () => [RegionGoalInput], { description: "Each region's goal per period" }) goals: RegionGoalInput[],
    @Ctx() { em, principal }: RequestContext,
  ): Promise<RegionGoal[]> {
    const plan = await loadPlan(em, planId);
    if (!mayAssignGoals(principal, plan))
      throw new ForbiddenError(`Goals of team ${plan.teamId} are assigned by its lead (team-lead) or the manager of branch ${plan.branchId} (branch-manager)`);
    if (plan.status !== WorkPlanStatus.APPROVED)
      throw new ConflictError(`Version ${plan.version} of this plan is not approved: only the approved version is split into goals`);
    const regions = (await em.find(KnownRegion, { teamId: plan.teamId, closedOn: null })).filter((r) => r.branchId === plan.branchId);
    const byId = new Map(regions.map((r) => [r.id, r]));
    const problems = regionSplitProblems({ targets: planTargets(plan), months: planMonths(plan) }, by, goals, new Set(byId.keys()));
    if (problems.length) throw new BadInputError(`The region goals do not fit the plan's targets: ${problems.length} problem(s)`, problems);
    const at = new Date();
    await em.nativeDelete(RegionGoal, { planId: plan.id });
    const rows = goals.map((g) =>
      em.create(RegionGoal, {
        id: randomUUID(),
        planId: plan.id,
        regionId: g.regionId,
        regionName: byId.get(g.regionId)!.name,
        managerId: byId.get(g.regionId)!.managerId,
        granularity: by,
        period: g.period,
        newAccounts: g.newAccounts,
        newAssetsFen: g.newAssetsFen,
        netRevenueFen: g.netRevenueFen,
        assignedBy: principal.username,
        assignedAt: at,
      }),
    );
    await em.flush();
    return rows;
  }

  @Authorized()
  @Query(() => [RegionGoal], { description: "A region's goals in a plan (R-1.4): its regional manager, the team's lead, the branch's roles, head office" })
  async regionGoals(
    @Arg('regionId', () => ID, { description: 'The region (区域)' }) regionId: string,
    @Arg('planId', () => ID, { description: 'The work plan' }) planId: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<RegionGoal[]> {
    const region = await knownRegion(em, regionId);
    if (!maySeeRegion(principal, region))
      throw new ForbiddenError(`The goals of region ${region.name} are for its regional manager (regional-manager), the team's lead and the branch`);
    return em.find(RegionGoal, { planId, regionId }, { orderBy: { period: 'asc' } });
  }

  @Authorized()
  @Query(() => RegionProgress, {
    description:
      `A region's progress against its goals (R-1.4) in an approved plan, by planId or else the team's approved plan covering the period's first month. Period: ${PERIOD_FORMS}. ` +
      "The region's actual is the sum of its members' figures (a person's month counts for the region they are in on its last day). Its regional manager, the team's lead, the branch's roles, head office.",
  })
  async regionProgress(
    @Arg('regionId', () => ID, { description: 'The region (区域)' }) regionId: string,
    @Arg('period', () => PeriodScalar, { description: 'A month, quarter, half year or year of the plan' }) period: string,
    @Arg('planId', () => ID, { nullable: true, description: 'The work plan (default: the approved plan of the region’s team for the period)' })
    planId: string | null,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<RegionProgress> {
    const region = await knownRegion(em, regionId);
    if (!maySeeRegion(principal, region))
      throw new ForbiddenError(
        `The progress of region ${region.name} is for its regional manager (regional-manager), the team's lead (team-lead) and the branch`,
      );
    let plan: WorkPlan | null;
    if (planId) plan = await loadPlan(em, planId);
    else {
      const months = monthsOf(period);
      if (!months) throw new BadInputError(`"${period}" is not a period`, [{ field: 'period', problem: `use ${PERIOD_FORMS}` }]);
      plan = await approvedPlanFor(em, region.teamId, months[0]);
      if (!plan) throw new NotFoundError(`Approved work plan of ${months[0]} for team`, region.teamId);
    }
    if (plan.teamId !== region.teamId)
      throw new BadInputError('The plan is of another team', [{ field: 'planId', problem: `region ${region.name} is of team ${region.teamId}` }]);
    const progress = await regionProgressOf(em, plan, region, periodMonths(plan, period));
    return { plan, regionId: region.id, regionName: region.name, managerId: region.managerId, period, ...progress };
  }
}
