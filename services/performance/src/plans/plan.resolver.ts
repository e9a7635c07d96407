import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { peopleScope } from '@bg/auth';
import {
  BadInputError,
  Connection,
  decodeCursor,
  FenScalar,
  ForbiddenError,
  PageInput,
  toPage,
  YearMonthScalar,
  type RequestContext,
  YearScalar,
} from '@bg/graphql';
import { ApprovalKind, ApprovalRequest } from '../approvals';
import { canReadApproval } from '../approvals/approval.resolver';
import { WorkPlan, WorkPlanKind, WorkPlanStatus } from './plan.entity';
import { canReadPlan, fileWorkPlan, loadPlan } from './plan.service';
import { BankAgreement } from './bank-agreement.entity';
import { agreementFitsPlan } from './bank-agreement.rules';

@InputType({
  description:
    "A team's work plan (R-1.2). ANNUAL: year, the three targets, the marketing plan and the partner-bank agreement; NEW_TEAM: startMonth and target account openings",
})
class WorkPlanInput {
  @Field(() => WorkPlanKind, { description: "An annual plan, or a new team's one-year plan" }) kind!: WorkPlanKind;
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field(() => YearScalar, { nullable: true, description: 'The calendar year of the plan' }) year?: number;
  @Field(() => YearMonthScalar, { description: "NEW_TEAM: the team's first month (the plan covers 12 months from it)", nullable: true }) startMonth?: string;
  @Field(() => Int, { description: '开户数: accounts to open over the plan, 0 or more' }) targetNewAccounts!: number;
  @Field(() => FenScalar, { description: '新增资产: new assets to bring in over the plan, fen (ANNUAL: required)', nullable: true })
  targetNewAssetsFen?: number;
  @Field(() => FenScalar, { description: '净收入: net revenue over the plan, fen (ANNUAL: required)', nullable: true }) targetNetRevenueFen?: number;
  @Field(() => String, { description: 'ANNUAL: the marketing plan for the local market (营销计划)', nullable: true }) marketingPlan?: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The partner bank's cooperation agreement: the id of one filed with fileBankAgreement (shown on the plan and its approval), or a reference in words",
  })
  bankAgreementRef?: string;
}

@ObjectType()
class WorkPlanConnection extends Connection(WorkPlan) {}

@InputType({ description: 'Narrows the work-plan list' })
class WorkPlanFilter {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) branchId?: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) teamId?: string;
  @Field(() => YearScalar, { nullable: true, description: 'The calendar year of the plan' }) year?: number;
  @Field(() => WorkPlanStatus, { description: 'Only plans in this state', nullable: true }) status?: WorkPlanStatus;
}

@ArgsType()
class WorkPlansArgs {
  @Field(() => WorkPlanFilter, { nullable: true, description: 'Which plans: branch, team, year, status (all you may see when omitted)' })
  filter?: WorkPlanFilter;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@Resolver(() => WorkPlan)
export class WorkPlanResolver {
  @Authorized('branch-manager')
  @Mutation(() => WorkPlan, {
    description:
      "File a team's work plan (R-1.2; the branch's manager). It goes on the R-1.3 approval route at once; after a rejection, filing again makes the next version.",
  })
  async fileWorkPlan(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('input', { description: 'What to record (see the input type)' }) input: WorkPlanInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    // naming a filed bank agreement by id, it must be the team's and in force in the plan's year
    const agreement = input.bankAgreementRef ? await em.findOne(BankAgreement, { id: input.bankAgreementRef.trim() }) : null;
    const misfit = agreement && input.year ? agreementFitsPlan(agreement, { teamId: input.teamId, year: input.year }) : null;
    if (misfit) throw new BadInputError('The bank agreement does not fit the plan', [{ field: 'bankAgreementRef', problem: misfit }]);
    return fileWorkPlan(em, principal, branchId, input);
  }

  @Authorized()
  @Query(() => WorkPlanConnection, { description: 'Work plan versions, newest first: head office all, branch staff their branch, a team its own' })
  async workPlans(@Args() { filter, page }: WorkPlansArgs, @Ctx() { em, principal }: RequestContext) {
    const where: FilterQuery<WorkPlan> = {};
    const scope = peopleScope(principal);
    if (scope.kind === 'branch') where.branchId = scope.branchId;
    else if (scope.kind !== 'all') {
      if (!principal.teamId) throw new ForbiddenError('Your role does not let you read work plans');
      where.teamId = principal.teamId;
    }
    if (filter?.branchId && where.branchId && where.branchId !== filter.branchId)
      throw new ForbiddenError(`You read the plans of branch ${where.branchId} only`);
    if (filter?.teamId && where.teamId && where.teamId !== filter.teamId) throw new ForbiddenError(`You read the plans of team ${where.teamId} only`);
    if (filter?.branchId) where.branchId = filter.branchId;
    if (filter?.teamId) where.teamId = filter.teamId;
    if (filter?.year) where.year = filter.year;
    if (filter?.status) where.status = filter.status;
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(WorkPlan, where, {
      orderBy: { year: 'desc', teamId: 'asc', version: 'desc' },
      limit: page?.first ?? 50,
      offset,
    });
    return toPage(nodes, total, offset);
  }

  @Authorized()
  @Query(() => WorkPlan, {
    description:
      "One version of a team's work plan (R-1.2): head office (brokerage-office, channel-management, executive) all, branch staff their branch, members of the team their own; FORBIDDEN otherwise, NOT_FOUND for an unknown id",
  })
  async workPlan(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em, principal }: RequestContext) {
    const plan = await loadPlan(em, id);
    if (!canReadPlan(principal, plan)) throw new ForbiddenError('You may not read this work plan');
    return plan;
  }

  @FieldResolver(() => [WorkPlan], {
    description: 'Every version of this plan (same team, kind and year), oldest first: the history of rejections and resubmissions',
  })
  versions(@Root() plan: WorkPlan, @Ctx() { em }: RequestContext) {
    return em.find(WorkPlan, { teamId: plan.teamId, kind: plan.kind, year: plan.year }, { orderBy: { version: 'asc' } });
  }

  @FieldResolver(() => ApprovalRequest, { nullable: true, description: "This version's approval with its steps (head office and the branch's management)" })
  approval(@Root() plan: WorkPlan, @Ctx() { em, principal }: RequestContext) {
    if (!canReadApproval(principal, plan.branchId)) return null;
    return em.findOne(ApprovalRequest, { kind: ApprovalKind.WORK_PLAN, subjectId: plan.id });
  }
}
