import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, Length, Max, MaxLength, Min } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import { placeholders, selectRows } from '@bg/db';
import { BadInputError, Connection, decodeCursor, ForbiddenError, LocalDateScalar, NotFoundError, PageInput, toPage, type RequestContext } from '@bg/graphql';
import { HEAD_OFFICE_BRANCH } from '@bg/auth';
import { branchFilter, candidateScope, covers, requisitionScope } from '../access/access';
import { CandidateChannel, CandidateStage } from '../pipeline/pipeline.rules';
import { EmploymentType, Requisition, RequisitionStatus } from './requisition.entity';
import { requestStaffing } from './staffing';

@ObjectType()
class RequisitionConnection extends Connection(Requisition) {}

@ObjectType({ description: 'How many candidates of a requisition are at a stage' })
export class StageCount {
  @Field(() => CandidateStage, { description: 'The pipeline stage' }) stage!: CandidateStage;
  @Field(() => Int, { description: 'Candidates of the requisition at that stage now' }) count!: number;
}

@ArgsType()
class RequisitionsArgs {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) branchId?: string;
  @Field(() => RequisitionStatus, { nullable: true, description: 'Default: OPEN' }) status?: RequisitionStatus;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@InputType({ description: 'A requisition to hire (goes through the staffing approval)' })
class OpenRequisitionInput {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) teamId?: string | null;
  @Field({ defaultValue: '客户经理', description: 'The title' }) @Length(1, 200) title!: string;
  @Field(() => Int, { description: 'Number of posts to fill, 1 or more' }) @Min(1) @Max(500) posts!: number;
  @Field(() => EmploymentType, { description: 'Full-time (one-year labour contract) or part-time (one-year marketing cooperation agreement)' })
  employmentType!: EmploymentType;
  @Field(() => [CandidateChannel], { description: 'Channels the branch plans to recruit through' }) @ArrayMaxSize(5) channelPlan!: CandidateChannel[];
  @Field(() => LocalDateScalar, { description: 'The day it is opened' }) openedOn!: string;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @MaxLength(2000) note?: string | null;
}

/** A requisition the caller may read (no personal data). */
export async function readableRequisition(ctx: RequestContext, id: string): Promise<Requisition> {
  const r = await ctx.em.findOne(Requisition, id);
  if (!r) throw new NotFoundError('Requisition', id);
  if (!covers(requisitionScope(ctx.principal), r.branchId)) throw new ForbiddenError(`Requisition ${id} is another branch's`);
  return r;
}

/** A requisition the caller recruits for: recruiters their branch (HQ all), branch managers theirs. */
export async function recruitingRequisition(ctx: RequestContext, id: string): Promise<Requisition> {
  const r = await ctx.em.findOne(Requisition, id);
  if (!r) throw new NotFoundError('Requisition', id);
  if (!covers(candidateScope(ctx.principal), r.branchId)) throw new ForbiddenError(`You do not recruit for branch ${r.branchId}`);
  return r;
}

@Resolver(() => Requisition)
export class RequisitionResolver {
  @Authorized('recruiter', 'branch-manager', 'branch-deputy-manager', 'brokerage-office', 'channel-management', 'executive')
  @Query(() => RequisitionConnection, { description: 'Requisitions (default: open ones), newest first: a branch its own, head office all' })
  async requisitions(@Args() { branchId, status, page }: RequisitionsArgs, @Ctx() { em, principal }: RequestContext) {
    const scope = branchFilter(requisitionScope(principal), branchId);
    if (!scope) throw new ForbiddenError("You may see your own branch's requisitions only");
    const offset = decodeCursor(page?.after);
    const where: FilterQuery<Requisition> = { ...scope, status: status ?? RequisitionStatus.OPEN };
    const [nodes, total] = await em.findAndCount(Requisition, where, { orderBy: { openedOn: 'desc', id: 'asc' }, limit: page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }

  @Authorized('recruiter', 'branch-manager', 'branch-deputy-manager', 'brokerage-office', 'channel-management', 'executive')
  @Query(() => Requisition, {
    description:
      "One requisition (招聘需求) with its board (counts per stage, no personal data): recruiters and branch managers (own branch; head-office recruiters all), branch deputy managers (own branch), brokerage-office, channel-management, executive (all); FORBIDDEN for another branch's, NOT_FOUND for an unknown id",
  })
  requisition(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() ctx: RequestContext) {
    return readableRequisition(ctx, id);
  }

  @FieldResolver(() => [StageCount], { description: 'The board: candidates per stage (counts only)' })
  async board(@Root() r: Requisition, @Ctx() ctx: RequestContext): Promise<StageCount[]> {
    const counts = await stageCounts(ctx, r.id);
    return Object.values(CandidateStage).map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
  }

  @FieldResolver(() => Int, { description: 'Posts filled' })
  async hired(@Root() r: Requisition, @Ctx() ctx: RequestContext): Promise<number> {
    return (await stageCounts(ctx, r.id)).get(CandidateStage.HIRED) ?? 0;
  }

  @Authorized('recruiter', 'branch-manager')
  @Mutation(() => Requisition, {
    description:
      'Open a requisition for a branch (recruiters their branch or, at head office, any; branch managers theirs): PENDING_APPROVAL on the R-1.3 staffing route until it ends',
  })
  async openRequisition(
    @Arg('input', { description: 'What to record (see the input type)' }) input: OpenRequisitionInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!covers(candidateScope(principal), input.branchId)) throw new ForbiddenError(`You do not recruit for branch ${input.branchId}`);
    if (input.branchId === HEAD_OFFICE_BRANCH)
      throw new BadInputError('Requisitions are for branches', [{ field: 'branchId', problem: 'name the branch the posts are in' }]);
    if (!input.channelPlan.length) throw new BadInputError('Plan at least one channel', [{ field: 'channelPlan', problem: 'name at least one channel' }]);
    const r = em.create(Requisition, {
      branchId: input.branchId,
      teamId: input.teamId ?? null,
      title: input.title,
      posts: input.posts,
      employmentType: input.employmentType,
      channelPlanList: [...new Set(input.channelPlan)].join(','),
      note: input.note ?? null,
      openedOn: input.openedOn,
      openedBy: principal.username,
      status: RequisitionStatus.PENDING_APPROVAL,
    } as Requisition);
    requestStaffing(em, principal, r);
    await em.flush();
    return r;
  }

  @Authorized('recruiter', 'branch-manager')
  @Mutation(() => Requisition, { description: 'Close an open requisition; its candidates stay where they are. For the roles recruiter, branch-manager' })
  async closeRequisition(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() ctx: RequestContext) {
    const r = await recruitingRequisition(ctx, id);
    if (r.status !== RequisitionStatus.OPEN)
      throw new BadInputError(`Requisition ${id} is ${r.status}`, [{ field: 'id', problem: 'only open requisitions are closed' }]);
    r.status = RequisitionStatus.CLOSED;
    await ctx.em.flush();
    return r;
  }
}

/** Candidates per stage of each requisition of a level, counted in one grouped statement (board and hired share it). */
function stageCounts({ em, loaders }: RequestContext, requisitionId: string): Promise<Map<string, number>> {
  return loaders
    .get<string, Map<string, number>>('Requisition.stageCounts', async (ids) => {
      const rows = await selectRows<{ requisition_id: string; stage: string; n: number | string }>(
        em,
        `select requisition_id, stage, count(*) as n from candidate where requisition_id in (${placeholders(ids.length)}) group by requisition_id, stage`,
        [...ids],
      );
      const byId = new Map(ids.map((id) => [id, new Map<string, number>()]));
      for (const r of rows) byId.get(r.requisition_id)?.set(r.stage, Number(r.n));
      return ids.map((id) => byId.get(id)!);
    })
    .load(requisitionId);
}
