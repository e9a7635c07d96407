import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import {
  BadInputError,
  ConflictError,
  Connection,
  decodeCursor,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  toPage,
  type RequestContext,
} from '@bg/graphql';
import { visibleKnownEmployee } from '@bg/service';
import { today } from '../common/clock';
import { leadsTeam, selfEmployee, visibleTeam } from '../common/scope';
import { HalfDay, LeaveKind, LeaveRequest, LeaveStatus } from './leave.entity';
import { LIVE_LEAVE, leaveDatesProblems, leaveDays, leavesOverlap } from './leave.rules';

@ObjectType()
class LeaveRequestConnection extends Connection(LeaveRequest) {}

@InputType({ description: 'A leave request, made before the leave starts (R-2.5)' })
class RequestLeaveInput {
  @Field(() => LeaveKind, { description: 'Personal or sick leave' }) kind!: LeaveKind;
  @Field(() => LocalDateScalar, { description: 'The first day of leave, not in the past' }) startDate!: string;
  @Field(() => LocalDateScalar, { description: 'The last day of leave (inclusive), not before startDate' }) endDate!: string;
  @Field(() => HalfDay, { description: 'A single half day (startDate = endDate); omit for whole days', nullable: true }) @IsOptional() halfDay?: HalfDay | null;
  @Field({ description: 'The reason given' }) @Length(1, 500, { message: 'give the reason (up to 500 characters)' }) reason!: string;
}

@ArgsType()
class LeaveRequestsArgs {
  @Field(() => ID, { nullable: true, description: 'One employee (self, their lead, branch staff, head office)' }) employeeId?: string;
  @Field(() => ID, { nullable: true, description: 'A whole team (its lead, branch staff, head office)' }) teamId?: string;
  @Field(() => LeaveStatus, { nullable: true, description: 'Only requests in this state; all when omitted' }) status?: LeaveStatus;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

async function loadLeave(ctx: RequestContext, id: string): Promise<LeaveRequest> {
  const leave = await ctx.em.findOne(LeaveRequest, id);
  if (!leave) throw new NotFoundError('Leave request', id);
  return leave;
}

@Resolver(() => LeaveRequest)
export class LeaveResolver {
  @Authorized('client-manager', 'group-leader')
  @Mutation(() => LeaveRequest, { description: 'Ask the team lead for personal or sick leave, before it starts (R-2.5)' })
  async requestLeave(
    @Arg('input', { description: 'What to record (see the input type)' }) input: RequestLeaveInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<LeaveRequest> {
    const me = await selfEmployee(em, principal);
    const span = { startDate: input.startDate, endDate: input.endDate, halfDay: input.halfDay ?? null };
    const problems = leaveDatesProblems(span, today());
    if (!input.reason.trim()) problems.push({ field: 'reason', problem: 'give the reason' });
    if (problems.length) throw new BadInputError('The leave request is not valid', problems);
    const live = await em.find(LeaveRequest, {
      employeeId: me.id,
      status: { $in: LIVE_LEAVE },
      startDate: { $lte: span.endDate },
      endDate: { $gte: span.startDate },
    });
    const clash = live.find((l) => leavesOverlap(l, span));
    if (clash)
      throw new ConflictError(
        `It overlaps your ${clash.status.toLowerCase()} leave ${clash.startDate}${clash.endDate !== clash.startDate ? ` to ${clash.endDate}` : ''}${clash.halfDay ? ` (${clash.halfDay})` : ''}`,
      );
    const leave = em.create(LeaveRequest, {
      employeeId: me.id,
      branchId: me.branchId,
      teamId: me.teamId,
      kind: input.kind,
      ...span,
      days: leaveDays(span),
      reason: input.reason.trim(),
    } as LeaveRequest);
    await em.flush();
    return leave;
  }

  @Authorized('team-lead')
  @Mutation(() => LeaveRequest, {
    description: "Approve or reject a team member's leave (the team lead); approval only before it starts, rejection with a reason",
  })
  async decideLeave(
    @Arg('leaveId', () => ID, { description: 'The leave request' }) leaveId: string,
    @Arg('approve', { description: 'True to approve, false to reject' }) approve: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'The reason, written down with the decision' }) reason: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<LeaveRequest> {
    const leave = await loadLeave(ctx, leaveId);
    const { em, principal } = ctx;
    if (!leadsTeam(principal, leave.teamId)) throw new ForbiddenError("Leave is decided by the employee's own team lead");
    if (leave.employeeId === principal.employeeId) throw new ForbiddenError('Nobody decides their own leave');
    if (leave.status !== LeaveStatus.REQUESTED) throw new ConflictError(`This request is already ${leave.status.toLowerCase()}`);
    if (!approve && !reason?.trim()) throw new BadInputError('Say why the leave is rejected', [{ field: 'reason', problem: 'a rejection needs a reason' }]);
    if (reason && reason.length > 500) throw new BadInputError('The reason is too long', [{ field: 'reason', problem: 'at most 500 characters' }]);
    if (approve && leave.startDate <= today())
      throw new ConflictError(`Leave must be approved before it starts (${leave.startDate}); days without approved leave count as absence`);
    Object.assign(leave, {
      status: approve ? LeaveStatus.APPROVED : LeaveStatus.REJECTED,
      decidedBy: principal.username,
      decidedAt: new Date(),
      decisionReason: reason?.trim() || null,
    });
    await em.flush();
    return leave;
  }

  @Authorized('client-manager', 'group-leader')
  @Mutation(() => LeaveRequest, { description: 'Withdraw your own leave request before it starts' })
  async cancelLeave(@Arg('leaveId', () => ID, { description: 'The leave request' }) leaveId: string, @Ctx() ctx: RequestContext): Promise<LeaveRequest> {
    const leave = await loadLeave(ctx, leaveId);
    if (leave.employeeId !== ctx.principal.employeeId) throw new ForbiddenError('Only the requester withdraws a leave request');
    if (!LIVE_LEAVE.includes(leave.status)) throw new ConflictError(`This request is already ${leave.status.toLowerCase()}`);
    if (leave.startDate <= today()) throw new ConflictError('Leave that has started cannot be withdrawn');
    leave.status = LeaveStatus.CANCELLED;
    await ctx.em.flush();
    return leave;
  }

  @Authorized()
  @Query(() => LeaveRequestConnection, {
    description:
      'Leave requests of an employee or a team, latest start first. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async leaveRequests(@Args() { employeeId, teamId, status, page }: LeaveRequestsArgs, @Ctx() { em, principal }: RequestContext) {
    if (!!employeeId === !!teamId) throw new BadInputError('Name an employee or a team', [{ field: 'employeeId', problem: 'give employeeId or teamId' }]);
    if (employeeId) await visibleKnownEmployee(em, principal, employeeId);
    else await visibleTeam(em, principal, teamId!);
    const where: FilterQuery<LeaveRequest> = { ...(employeeId ? { employeeId } : { teamId }), ...(status ? { status } : {}) };
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(LeaveRequest, where, { orderBy: { startDate: 'desc', id: 'asc' }, limit: page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }
}
