import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BadInputError, FenScalar, ForbiddenError, NotFoundError, type RequestContext, PeriodScalar, YearMonthScalar } from '@bg/graphql';
import { KnownEmployee, regionVisibility } from '@bg/service';
import { WorkPlan } from '../plans/plan.entity';
import { approvedPlanFor, canReadPlan, loadPlan } from '../plans/plan.service';
import { Goal, GoalGranularity } from './goal.entity';
import { assignGoals, visibleProgress } from './goal.service';
import { monthsOf, PERIOD_FORMS } from './periods';
import { PersonProgress, ProgressAgainstTarget } from './progress.types';

@InputType({ description: "A person's goal for a month or quarter" })
class GoalInput {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field(() => PeriodScalar, { description: 'The month (2026-03) or quarter (2026-Q1) the goal is for' }) period!: string;
  @Field(() => Int, { description: '开户数: accounts opened' }) newAccounts!: number;
  @Field(() => FenScalar, { defaultValue: 0, description: '新增资产: new assets brought in, fen' }) newAssetsFen!: number;
  @Field(() => FenScalar, { defaultValue: 0, description: '净收入: net revenue from own customers, fen' }) netRevenueFen!: number;
}

@ObjectType({ description: "An approved plan's progress over a period (R-1.4): per person and for the team, shortfalls flagged" })
class PlanProgress {
  @Field(() => WorkPlan, { description: 'The approved work plan the targets come from' }) plan!: WorkPlan;
  @Field(() => PeriodScalar, { description: 'The period asked about: a month, quarter, half year or year' }) period!: string;
  @Field(() => [YearMonthScalar], { description: 'The months of the period the plan covers' }) months!: string[];
  @Field(() => [PersonProgress], { description: 'A manager sees their own line only' }) people!: PersonProgress[];
  @Field(() => ProgressAgainstTarget, { nullable: true, description: 'The team: its lead, the branch, head office' }) team!: ProgressAgainstTarget | null;
}

@Resolver(() => WorkPlan)
export class GoalResolver {
  @Authorized('team-lead', 'branch-manager')
  @Mutation(() => [Goal], {
    description:
      "Split an approved plan's targets to the team's managers by month or quarter (R-1.4; the team's lead or the branch's manager). Replaces the plan's goals; " +
      'the goals must add up to the targets exactly, else BAD_USER_INPUT with the difference (e.g. "2 short") and nothing written.',
  })
  async assignGoals(
    @Arg('planId', () => ID, { description: 'The work plan it belongs to' }) planId: string,
    @Arg('by', () => GoalGranularity, { description: 'Who did it (username)' }) by: GoalGranularity,
    @Arg('goals', () => [GoalInput], { description: 'The goals: one per person and period (month or quarter) of the plan; all refused if one is bad' })
    goals: GoalInput[],
    @Ctx() { em, principal }: RequestContext,
  ) {
    return assignGoals(em, principal, await loadPlan(em, planId), by, goals);
  }

  @Authorized()
  @Query(() => PlanProgress, {
    description:
      `Actual against target (R-1.4) for an approved plan, by planId or by teamId (the approved plan covering the period's first month). Period: ${PERIOD_FORMS}. ` +
      'A manager sees their own goals, a team lead the team, branch roles the branch, head office all.',
  })
  async planProgress(
    @Arg('period', () => PeriodScalar, { description: 'A month, quarter, half year or year of the plan' }) period: string,
    @Arg('planId', () => ID, { nullable: true, description: 'The work plan it belongs to' }) planId: string | null,
    @Arg('teamId', () => ID, { nullable: true, description: 'The team' }) teamId: string | null,
    @Ctx() { em, principal }: RequestContext,
  ) {
    let plan: WorkPlan | null;
    if (planId) plan = await loadPlan(em, planId);
    else if (teamId) {
      const months = monthsOf(period);
      if (!months) throw new BadInputError(`"${period}" is not a period`, [{ field: 'period', problem: `use ${PERIOD_FORMS}` }]);
      plan = await approvedPlanFor(em, teamId, months[0]);
      if (!plan) throw new NotFoundError(`Approved work plan of ${months[0]} for team`, teamId);
    } else throw new BadInputError('Say which plan', [{ field: 'planId', problem: 'give planId or teamId' }]);
    const progress = await visibleProgress(em, principal, plan, period);
    return { plan, period, months: progress.months, people: progress.people, team: progress.teamVisible ? progress.team : null };
  }

  @FieldResolver(() => [Goal], { description: 'The goals split from this plan; a manager sees their own' })
  async goals(@Root() plan: WorkPlan, @Ctx() { em, principal }: RequestContext) {
    if (!canReadPlan(principal, plan)) throw new ForbiddenError('You may not read this plan');
    const goals = await em.find(Goal, { planId: plan.id }, { orderBy: { employeeId: 'asc', period: 'asc' } });
    const known = await em.find(KnownEmployee, { id: { $in: [...new Set(goals.map((g) => g.employeeId))] } });
    const placed = new Map(known.map((k) => [k.id, k]));
    const sees = await regionVisibility(em, principal);
    return goals.filter((g) => g.employeeId === principal.employeeId || (placed.has(g.employeeId) && sees(placed.get(g.employeeId)!)));
  }
}
