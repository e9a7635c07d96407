import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { Connection, decodeCursor, ForbiddenError, PageInput, manyByKey, toPage, type RequestContext, PeriodScalar } from '@bg/graphql';
import { audited, visibleKnown, type AuditSubject, type EmployeeKey } from '@bg/service';
import { hasRole } from '@bg/auth';
import { Employee } from '../metrics/business-metrics.resolver';
import { Assessment, AssessmentCycle, AssessmentStatus, LevelDirection } from './assessment.entity';
import { RUN_ROLES, confirmLevelProposal, rejectLevelProposal, runAssessmentCycle, visibleAssessments } from './assessment.service';

@ObjectType()
class AssessmentConnection extends Connection(Assessment) {}

@ObjectType({ description: 'What a run of an assessment cycle did' })
class AssessmentCycleRun {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => AssessmentCycle, { description: 'Monthly, quarterly or annual' }) cycle!: AssessmentCycle;
  @Field(() => PeriodScalar, { description: 'The period assessed' }) period!: string;
  @Field(() => Int, { description: 'Managers assessed by this run' }) assessed!: number;
  @Field(() => Int, { description: 'Managers whose confirmed result of the period stays as it is' }) keptConfirmed!: number;
  @Field(() => Int, { description: 'Managers proposed for one level up' }) proposedUp!: number;
  @Field(() => Int, { description: 'Managers proposed for one level down' }) proposedDown!: number;
}

@InputType({ description: 'Narrows the assessment list' })
class AssessmentFilter {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) @IsOptional() branchId?: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @IsOptional() teamId?: string;
  @Field(() => ID, { nullable: true, description: 'The employee it concerns' }) @IsOptional() employeeId?: string;
  @Field(() => AssessmentCycle, { description: 'Only this cycle', nullable: true }) @IsOptional() cycle?: AssessmentCycle;
  @Field(() => PeriodScalar, { nullable: true, description: 'Only this period: a month (2026-08), quarter (2026-Q3) or year (2026)' })
  @IsOptional()
  period?: string;
  @Field(() => AssessmentStatus, { nullable: true, description: 'Without it: every status but SUPERSEDED' }) @IsOptional() status?: AssessmentStatus;
  @Field(() => LevelDirection, { description: 'Only assessments proposing this', nullable: true }) @IsOptional() proposal?: LevelDirection;
}

@ArgsType()
class AssessmentsArgs {
  @Field(() => AssessmentFilter, {
    nullable: true,
    description: 'Which assessments: branch, team, employee, cycle, period, status, proposal (all you may see when omitted)',
  })
  filter?: AssessmentFilter;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

function where(filter: AssessmentFilter | undefined): Record<string, unknown> {
  const f = filter ?? {};
  const w: Record<string, unknown> = { status: f.status ?? { $ne: AssessmentStatus.SUPERSEDED } };
  for (const k of ['branchId', 'teamId', 'employeeId', 'cycle', 'period', 'proposal'] as const) if (f[k]) w[k] = f[k];
  return w;
}

/** Who decides level proposals. */
const DECIDERS = ['branch-manager'] as const;

/** What an audit row of a level decision names: the assessment, its manager and proposal (only the id for a caller without the role). */
async function proposalSubject(ctx: RequestContext, id: string): Promise<AuditSubject> {
  const a = hasRole(ctx.principal, ...DECIDERS) ? await ctx.em.findOne(Assessment, id) : null;
  if (!a) return { subject: `assessment ${id}`, branchId: null };
  return {
    subject: `level proposal of assessment ${a.id}: ${a.employeeId} ${a.level} -> ${a.proposedLevel ?? a.level} (${a.proposal}, ${a.cycle} ${a.period})`,
    branchId: a.branchId,
    employeeId: a.employeeId,
  };
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized(...RUN_ROLES)
  @Mutation(() => AssessmentCycleRun, {
    description:
      "Run an assessment cycle for a branch's period (R-4.3/R-4.4; branch deputy manager or manager, own branch): MONTHLY 2026-08, QUARTERLY 2026-Q3, ANNUAL 2026. " +
      "Needs approved level rules, the CRM figures of every month, each manager's level and (quarterly, annual) closed attendance, else BAD_USER_INPUT listing what is missing. " +
      'Replaces every result of the period that is not confirmed; emits AssessmentCompleted per manager.',
  })
  runAssessmentCycle(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('cycle', () => AssessmentCycle, { description: 'The assessment cycle' }) cycle: AssessmentCycle,
    @Arg('period', () => PeriodScalar, { description: 'A month for MONTHLY, a quarter for QUARTERLY, a year for ANNUAL' }) period: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return runAssessmentCycle(em, principal, branchId, cycle, period);
  }

  // The role is checked inside `audited` (not by @Authorized, whose refusals never reach the resolver) so that refusals are audited too.
  @Authorized()
  @Mutation(() => Assessment, {
    description:
      'Confirm a level proposal (branch manager, own branch): an UP or DOWN goes to personnel (LevelChangeApproved), effective today. ' +
      'Audited, allowed or refused (performanceAuditLog, action level-proposal.confirm).',
  })
  async confirmLevelProposal(
    @Arg('assessmentId', () => ID, { description: 'The assessment' }) id: string,
    @Arg('comment', { defaultValue: '', description: 'A free-text comment' }) comment: string,
    @Ctx() ctx: RequestContext,
  ) {
    const subject = await proposalSubject(ctx, id);
    return audited(ctx, 'level-proposal.confirm', subject, (tx) => confirmLevelProposal(tx, ctx.principal, id, comment), { roles: DECIDERS });
  }

  @Authorized()
  @Mutation(() => Assessment, {
    description:
      'Reject a level proposal with a reason (branch manager, own branch): the level stays. Audited, allowed or refused (action level-proposal.reject).',
  })
  async rejectLevelProposal(
    @Arg('assessmentId', () => ID, { description: 'The assessment' }) id: string,
    @Arg('reason', { description: 'The reason, written down with the decision' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    const subject = await proposalSubject(ctx, id);
    return audited(ctx, 'level-proposal.reject', subject, (tx) => rejectLevelProposal(tx, ctx.principal, id, reason), { roles: DECIDERS });
  }

  @Authorized()
  @Query(() => AssessmentConnection, {
    description:
      'Assessments the caller may see (own; group leader the group; team lead the team; branch roles the branch; head office all), newest period first',
  })
  async assessments(@Args() { filter, page }: AssessmentsArgs, @Ctx() { em, principal }: RequestContext) {
    const scope = visibleAssessments(principal);
    if (!scope) throw new ForbiddenError('Your role does not let you see assessments');
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(Assessment, { $and: [scope, where(filter)] } as object, {
      orderBy: { period: 'desc', cycle: 'asc', employeeId: 'asc', runAt: 'desc' },
      limit: page?.first ?? 50,
      offset,
    });
    return toPage(nodes, total, offset);
  }
}

@Resolver(() => Employee)
export class EmployeeAssessmentsResolver {
  @FieldResolver(() => AssessmentConnection, { description: "The person's assessments (not superseded ones), newest period first" })
  async assessments(
    @Root() e: EmployeeKey,
    @Arg('cycle', () => AssessmentCycle, { nullable: true, description: 'The assessment cycle' }) cycle: AssessmentCycle | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    await visibleKnown(ctx, e.id);
    const offset = decodeCursor(page?.after);
    const { em } = ctx;
    // A person has a few assessments a period: all of each parent's in one statement, paged here.
    const all = await ctx.loaders
      .get<string, Assessment[]>(`assessments:${cycle ?? ''}`, async (ids) =>
        manyByKey(
          ids,
          await em.find(
            Assessment,
            { ...where({ cycle }), employeeId: { $in: [...ids] } },
            { orderBy: { period: 'desc', cycle: 'asc', runAt: 'desc', id: 'asc' } },
          ),
          (a) => a.employeeId,
        ),
      )
      .load(e.id);
    return toPage(all.slice(offset, offset + (page?.first ?? 50)), all.length, offset);
  }
}
