import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length, MaxLength } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import { hasRole, type Principal } from '@bg/auth';
import { Connection, childrenOf, decodeCursor, ForbiddenError, PageInput, toPage, type RequestContext } from '@bg/graphql';
import { PAYROLL_BRANCH_ROLES, inBranch, isHeadOffice } from '../access';
import { ApprovalRequest, ApprovalStep } from './approval.entity';
import { decideApprovalStep, loadRequest, recordCosignOpinion } from './approval.service';
import { ApprovalKind, ApprovalStage, ApprovalStatus, CosignDepartment, ROUTE_ROLES, STAGE_ROLE, waitingFor } from './route';

/** Approvals of a branch: its manager, deputy and finance; every approval: head office. Company-wide ones: head office only. */
export const canReadApproval = (p: Principal, branchId: string | null): boolean =>
  isHeadOffice(p) || (branchId !== null && inBranch(p, branchId, ...PAYROLL_BRANCH_ROLES));

@ObjectType('ApprovalWaitingFor', { description: 'Whom an approval in progress waits for' })
class WaitingFor {
  @Field(() => ApprovalStage, { description: 'The stage the approval is at' }) stage!: ApprovalStage;
  @Field({ description: 'The role that acts at that stage, e.g. channel-management' }) role!: string;
  @Field(() => [CosignDepartment], { description: 'At COSIGN: the departments whose opinion is still missing' }) departments!: CosignDepartment[];
}

@ObjectType()
class ApprovalRequestConnection extends Connection(ApprovalRequest) {}

@InputType({ description: 'Narrows the approval list' })
class ApprovalRequestFilter {
  @Field(() => ApprovalKind, { description: 'Only approvals of this kind', nullable: true }) kind?: ApprovalKind;
  @Field(() => ApprovalStatus, { description: 'Only approvals in this state', nullable: true }) status?: ApprovalStatus;
  @Field(() => ID, { nullable: true, description: 'Head office: one branch' }) branchId?: string;
  @Field(() => ID, { description: 'Only approvals of this subject (work plan, standard, rules version)', nullable: true }) subjectId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only approvals in progress at a stage one of my roles acts at' }) waitingForMe?: boolean;
}

@ArgsType()
class ApprovalRequestsArgs {
  @Field(() => ApprovalRequestFilter, {
    nullable: true,
    description: 'Which approvals: kind, status, branch, subject, or waitingForMe (all you may see when omitted)',
  })
  filter?: ApprovalRequestFilter;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@ArgsType()
class CosignArgs {
  @Field(() => ID, { description: 'The approval request' }) requestId!: string;
  @Field(() => CosignDepartment, { description: 'The co-signing department whose opinion this is (one named by channel management)' })
  department!: CosignDepartment;
  @Field({ description: 'True: the department agrees; false: it disagrees (give the reason in the comment)' }) agree!: boolean;
  @Field({ defaultValue: '', description: 'A free-text comment' }) @MaxLength(1000) comment!: string;
  @Field({ description: "Who gave the department's opinion" }) @Length(1, 100) signatory!: string;
}

@Resolver(() => ApprovalRequest)
export class ApprovalRequestResolver {
  @Authorized()
  @Query(() => ApprovalRequestConnection, {
    description: "Approvals (R-1.3), newest first: head office all; branch manager, deputy and finance their branch's",
  })
  async approvalRequests(@Args() { filter, page }: ApprovalRequestsArgs, @Ctx() { em, principal }: RequestContext) {
    const where: FilterQuery<ApprovalRequest> = {};
    if (isHeadOffice(principal)) {
      if (filter?.branchId) where.branchId = filter.branchId;
    } else {
      if (!principal.branchId || !hasRole(principal, ...PAYROLL_BRANCH_ROLES)) throw new ForbiddenError('Your role does not let you read approvals');
      if (filter?.branchId && filter.branchId !== principal.branchId) throw new ForbiddenError(`You read the approvals of branch ${principal.branchId} only`);
      where.branchId = principal.branchId;
    }
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.status) where.status = filter.status;
    if (filter?.subjectId) where.subjectId = filter.subjectId;
    if (filter?.waitingForMe) {
      where.status = ApprovalStatus.IN_PROGRESS;
      where.stage = { $in: (Object.keys(STAGE_ROLE) as Array<keyof typeof STAGE_ROLE>).filter((s) => hasRole(principal, STAGE_ROLE[s])) };
    }
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(ApprovalRequest, where, { orderBy: { submittedAt: 'desc', id: 'asc' }, limit: page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }

  @Authorized()
  @Query(() => ApprovalRequest, {
    description: 'One approval with its steps. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async approvalRequest(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em, principal }: RequestContext) {
    const r = await loadRequest(em, id);
    if (!canReadApproval(principal, r.branchId)) throw new ForbiddenError('You may not read this approval');
    return r;
  }

  @FieldResolver(() => [ApprovalStep], { description: 'Every step so far, in order: who, when, decision, comment' })
  steps(@Root() r: ApprovalRequest, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, ApprovalStep, 'requestId', r.id, { orderBy: { seq: 'asc' } });
  }

  @FieldResolver(() => WaitingFor, { nullable: true, description: 'Whom it waits for; null once ended' })
  waitingFor(@Root() r: ApprovalRequest) {
    return waitingFor({ status: r.status, stage: r.stage, cosignDepartments: r.cosignDepartments, cosigned: r.cosigned });
  }

  @Authorized(...ROUTE_ROLES)
  @Mutation(() => ApprovalRequest, {
    description:
      'Act at the current stage of an approval (R-1.3): brokerage-office at OFFICE_REVIEW, OFFICE_ROUTING and OFFICE_CLOSE, channel-management at ' +
      'CHANNEL_REVIEW (naming the co-signing departments, possibly none), executive at EXECUTIVE_APPROVAL. approve: false rejects it back to the submitter ' +
      '(a reason is required). The wrong role or stage: CONFLICT; nothing is written.',
  })
  decideApprovalStep(
    @Arg('requestId', () => ID, { description: 'The approval request' }) requestId: string,
    @Arg('approve', { description: 'True to approve, false to reject' }) approve: boolean,
    @Arg('comment', { defaultValue: '', description: 'A free-text comment' }) comment: string,
    @Arg('cosignDepartments', () => [CosignDepartment], { nullable: true, description: 'At CHANNEL_REVIEW: the departments that co-sign (会签)' })
    cosignDepartments: CosignDepartment[] | null,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return decideApprovalStep(em, principal, requestId, { approve, comment, cosignDepartments });
  }

  @Authorized(...ROUTE_ROLES)
  @Mutation(() => ApprovalRequest, {
    description:
      "Record a co-signing department's opinion (会签意见) at COSIGN, in any order (brokerage-office, naming who gave it). agree: false rejects the subject (a reason is required).",
  })
  recordCosignOpinion(@Args() args: CosignArgs, @Ctx() { em, principal }: RequestContext) {
    return recordCosignOpinion(em, principal, args.requestId, args);
  }
}
