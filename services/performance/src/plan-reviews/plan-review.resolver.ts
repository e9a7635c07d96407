/**
 * 第五条 计划回顾: after setting goals and plans the team checks progress regularly and reviews the
 * plan according to business progress, correcting shortfalls promptly. The team's lead records a
 * review of the team's approved plan for a month or quarter: the progress against the plan's goals
 * is filled in from the data (the computation, as of recording), beside the lead's findings
 * and corrective actions. Read by the team, the branch's leadership and head office.
 */
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { hasRole, isRole, type Principal } from '@bg/auth';
import {
  BadInputError,
  ConflictError,
  Connection,
  decodeCursor,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  PeriodScalar,
  YearMonthScalar,
  YearScalar,
  localDate,
  toPage,
  type RequestContext,
} from '@bg/graphql';
import { knownUnit } from '@bg/service';
import { isHeadOffice } from '../access';
import { PersonProgress, ProgressAgainstTarget } from '../goals/progress.types';
import { WorkPlan, WorkPlanStatus } from '../plans/plan.entity';
import { approvedPlanFor, planMonths } from '../plans/plan.service';
import { periodMonths } from '../goals/goal.service';
import { reportFigures, type ReportFigures } from '../reports/report.service';
import { PlanReview, PlanReviewCadence } from './plan-review.entity';
import { missingReviews, reviewPeriodDays, reviewProblems } from './plan-review.rules';

/** Only the team's lead (team-lead of that team) records its plan reviews. */
export const mayRecordReview = (p: Principal, teamId: string): boolean => hasRole(p, 'team-lead') && p.teamId === teamId;

/** The roles of a team's own people (DOMAIN.md's roles table). */
const TEAM_ROLES = ['client-manager', 'group-leader', 'team-lead', 'regional-manager'].filter(isRole); // regional-manager once the realm has it

/** The team's own people (in a team role), the branch's manager and deputy, head office. */
export const mayReadReviews = (p: Principal, team: { id: string; branchId: string }): boolean =>
  isHeadOffice(p) ||
  (p.teamId !== null && p.teamId === team.id && hasRole(p, ...TEAM_ROLES)) ||
  (p.branchId === team.branchId && hasRole(p, 'branch-manager', 'branch-deputy-manager'));

@ObjectType({
  description: "A plan review's figures, filled in from the data when it was recorded: progress against the plan's goals per manager and for the team",
})
class PlanReviewFigures {
  @Field(() => [YearMonthScalar], { description: 'The months of the period the plan covers' }) months!: string[];
  @Field(() => [PersonProgress], { description: 'Each manager with goals or figures in the period' }) people!: PersonProgress[];
  @Field(() => ProgressAgainstTarget, { description: 'The team as a whole' }) team!: ProgressAgainstTarget;
}

@InputType({ description: "A plan review to record (计划回顾): the team's lead" })
class PlanReviewInput {
  @Field(() => ID, { description: 'The team (营销团队) whose plan is reviewed' }) teamId!: string;
  @Field(() => PeriodScalar, { description: 'A month (2026-07) or a quarter (2026-Q3) of an approved plan' }) period!: string;
  @Field(() => LocalDateScalar, { description: 'The day of the review: within or after the period, today or earlier' }) reviewedOn!: string;
  @Field({ description: "The lead's findings on the progress" }) findings!: string;
  @Field({ defaultValue: '', description: 'How the shortfalls are to be corrected; required when the team is behind its goals for the period' })
  correctiveActions!: string;
}

@ObjectType()
class PlanReviewConnection extends Connection(PlanReview) {}

@ArgsType()
class PlanReviewsArgs {
  @Field(() => ID, { description: 'The team (营销团队)' }) teamId!: string;
  @Field(() => PeriodScalar, { nullable: true, description: 'Only the reviews of this month or quarter' }) period?: string;
  @Field({ defaultValue: false, description: 'Also the earlier versions a later review of the same period replaced' }) includeSuperseded!: boolean;
  @Field(() => PageInput, { nullable: true, description: 'Which page (first 1..200, default 50; after: the previous endCursor)' }) page?: PageInput;
}

@ObjectType({ description: 'A month or quarter of an approved plan that is over and has no plan review (a gap)' })
class MissingPlanReview {
  @Field(() => PeriodScalar, { description: 'The month or quarter without a review' }) period!: string;
  @Field(() => LocalDateScalar, { description: 'Its last day' }) lastDay!: string;
}

async function readableTeam(em: EntityManager, p: Principal, teamId: string) {
  const team = await knownUnit(em, 'TEAM', teamId);
  if (!mayReadReviews(p, team))
    throw new ForbiddenError(`The plan reviews of team ${teamId} are read by the team, the manager and deputy of branch ${team.branchId}, and head office`);
  return team;
}

@Resolver(() => PlanReview)
export class PlanReviewResolver {
  @Authorized('team-lead')
  @Mutation(() => PlanReview, {
    description:
      "Record the lead's review of the team's approved plan for a month or quarter (计划回顾, 第五条; the team's lead only). The progress against the plan's goals is filled in from the data; " +
      'corrective actions are required when the team is behind. One review per team and period: recording it again makes a new version and the earlier one stays, superseded.',
  })
  async recordPlanReview(
    @Arg('input', { description: 'What to record (see the input type)' }) input: PlanReviewInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<PlanReview> {
    if (!mayRecordReview(principal, input.teamId)) throw new ForbiddenError(`The plan reviews of team ${input.teamId} are recorded by its lead (team-lead)`);
    const team = await knownUnit(em, 'TEAM', input.teamId);
    const days = reviewPeriodDays(input.period);
    if (!days) throw new BadInputError('The plan review cannot be recorded', reviewProblems(input, localDate(), null));
    const plan = await approvedPlanFor(em, input.teamId, days.first.slice(0, 7));
    if (!plan) throw new NotFoundError(`Approved work plan of ${days.first.slice(0, 7)} for team`, input.teamId);
    const figures = await reportFigures(em, { branchId: team.branchId, teamId: team.id }, periodMonths(plan, input.period));
    const problems = reviewProblems(input, localDate(), figures.team.behind);
    if (problems.length) throw new BadInputError('The plan review cannot be recorded', problems);
    try {
      return await em.transactional(async (tx) => {
        const current = await tx.findOne(PlanReview, { teamId: team.id, period: input.period, supersededById: null });
        const review = tx.create(PlanReview, {
          branchId: team.branchId,
          teamId: team.id,
          period: input.period,
          version: (current?.version ?? 0) + 1,
          planId: plan.id,
          planVersion: plan.version,
          reviewedOn: input.reviewedOn,
          findings: input.findings.trim(),
          correctiveActions: input.correctiveActions.trim(),
          figuresJson: JSON.stringify({ months: figures.months, people: figures.people, team: figures.team }),
          reviewedBy: principal.username,
          reviewerEmployeeId: principal.employeeId ?? null,
          recordedAt: new Date(),
        } as PlanReview);
        if (current) current.supersededById = review.id;
        await tx.flush();
        return review;
      });
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw new ConflictError(`Another review of ${input.period} for team ${team.id} was recorded at the same time; reload and try again`);
      throw e;
    }
  }

  @Authorized()
  @Query(() => PlanReviewConnection, {
    description:
      "A team's plan reviews (计划回顾), the latest period first: the current version of each period (earlier versions on request). " +
      "The team's members, the branch's manager and deputy, head office.",
  })
  async planReviews(@Args() { teamId, period, includeSuperseded, page }: PlanReviewsArgs, @Ctx() { em, principal }: RequestContext) {
    await readableTeam(em, principal, teamId);
    const where: FilterQuery<PlanReview> = { teamId };
    if (period) where.period = period;
    if (!includeSuperseded) where.supersededById = null;
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(PlanReview, where, { orderBy: { period: 'desc', version: 'desc' }, limit: page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }

  @Authorized()
  @Query(() => [MissingPlanReview], {
    description:
      "The months (or quarters) of a year covered by the team's approved plan that are over and have no plan review: the gaps, oldest first (at most 12). " +
      "A period still running is not a gap yet. The team's members, the branch's manager and deputy, head office.",
  })
  async missingPlanReviews(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('year', () => YearScalar, { description: 'The calendar year' }) year: number,
    @Arg('every', () => PlanReviewCadence, { defaultValue: PlanReviewCadence.MONTH, description: 'Monthly or quarterly reviews' }) every: PlanReviewCadence,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<MissingPlanReview[]> {
    await readableTeam(em, principal, teamId);
    const [plans, reviews] = await Promise.all([
      em.find(WorkPlan, { teamId, status: WorkPlanStatus.APPROVED, year: { $in: [year - 1, year] } }),
      em.find(PlanReview, { teamId, supersededById: null, period: { $like: `${year}-%` } }),
    ]);
    const planned = new Set(plans.flatMap((p) => planMonths(p)));
    return missingReviews(year, every, localDate(), new Set(reviews.map((r) => r.period)), (m) => planned.has(m));
  }

  @FieldResolver(() => PlanReviewFigures, { description: 'Progress against the plan for the period, as the data stood when the review was recorded' })
  figures(@Root() r: PlanReview): Pick<ReportFigures, 'months' | 'people' | 'team'> {
    return JSON.parse(r.figuresJson) as ReportFigures;
  }
}
