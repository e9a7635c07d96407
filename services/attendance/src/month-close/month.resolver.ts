import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { BadInputError, ConflictError, Connection, decodeCursor, ForbiddenError, PageInput, toPage, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { today } from '../common/clock';
import { addDays, firstDay, lastDay } from '../common/dates';
import { actsForBranch, canSeeBranch } from '../common/scope';
import { BranchWorkDay } from '../attendance/attendance-day.entity';
import { flagMissedMeetings } from '../meetings/meeting.resolver';
import { flagOverdueFollowUps } from '../customer-visits/customer-visit.resolver';
import { BranchMonthClose, AttendanceMonthEvent, ClosedMonthFigures, MonthAction, MonthState } from './month.entity';
import { closeFigures } from './month-close';

@ObjectType()
class ClosedMonthFiguresConnection extends Connection(ClosedMonthFigures) {}

@ObjectType({ description: "A branch's attendance month (R-2.7)" })
class AttendanceMonthView {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) month!: string;
  @Field(() => MonthState, { description: 'OPEN or CLOSED' }) state!: MonthState;
  @Field(() => Int, { description: 'Times closed (each close sent the figures to payroll)' }) closings!: number;
  @Field(() => Int, { description: 'AttendanceMonthClosed events the last close emitted' }) employees!: number;
  @Field(() => Int, { description: 'MeetingMissed and FollowUpOverdue events the last close emitted' }) dutyEvents!: number;
}

async function monthRow(em: EntityManager, branchId: string, month: string): Promise<BranchMonthClose | null> {
  return em.findOne(BranchMonthClose, { branchId, month });
}

/**
 * Runs the work in one transaction of the request's EntityManager (begin/commit, not
 * `em.transactional`: that one publishes its transaction in async-local storage, where the outbox
 * relay's in-process delivery would carry it into another service's consumer, which then joins it).
 */
async function commit(em: EntityManager, work: (tx: EntityManager) => Promise<void>): Promise<void> {
  await em.begin();
  try {
    await work(em);
    await em.commit();
  } catch (e) {
    await em.rollback();
    if (e instanceof OptimisticLockError || e instanceof UniqueConstraintViolationException) {
      throw new ConflictError('Someone else closed or reopened this month at the same time; reload and try again');
    }
    throw e;
  }
}

@Resolver(() => AttendanceMonthView)
export class AttendanceMonthResolver {
  @Authorized('attendance-clerk')
  @Mutation(() => AttendanceMonthView, {
    description:
      "Close a branch's month (its attendance clerk; after the month ends): one AttendanceMonthClosed per manager for payroll, MeetingMissed and FollowUpOverdue not yet sent; later changes refused",
  })
  async closeAttendanceMonth(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!actsForBranch(principal, branchId, 'attendance-clerk')) throw new ForbiddenError("The branch's own attendance clerk closes its month");
    if (lastDay(month) >= today()) throw new ConflictError(`${month} has not ended yet; it can be closed from ${addDays(lastDay(month), 1)}`);
    const existing = await monthRow(em, branchId, month);
    if (existing?.state === MonthState.CLOSED) throw new ConflictError(`${month} is already closed for branch ${branchId}`);
    if (!(await em.count(BranchWorkDay, { branchId, date: { $gte: firstDay(month), $lte: lastDay(month) } }))) {
      throw new BadInputError(`No attendance is recorded for branch ${branchId} in ${month}`, [{ field: 'month', problem: 'nothing recorded in that month' }]);
    }
    let view!: AttendanceMonthView;
    await commit(em, async (tx) => {
      const row = existing ?? tx.create(BranchMonthClose, { branchId, month } as BranchMonthClose);
      row.state = MonthState.CLOSED;
      row.closings += 1;
      const { employees, ...facts } = await closeFigures(tx, branchId, month, row.closings);
      const dutyEvents = (await flagMissedMeetings(tx, branchId, month, facts)) + (await flagOverdueFollowUps(tx, branchId));
      tx.create(AttendanceMonthEvent, {
        branchId,
        month,
        action: MonthAction.CLOSED,
        by: principal.username,
        at: new Date(),
        employees,
      } as AttendanceMonthEvent);
      view = { branchId, month, state: row.state, closings: row.closings, employees, dutyEvents };
    });
    return view;
  }

  @Authorized('branch-manager')
  @Mutation(() => AttendanceMonthView, {
    description: 'Reopen a closed month for corrections (the branch manager, with a reason); closing again re-sends the figures',
  })
  async reopenAttendanceMonth(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Arg('reason', { description: 'The reason, written down with the decision' }) reason: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!actsForBranch(principal, branchId, 'branch-manager')) throw new ForbiddenError("The branch's own manager reopens its month");
    if (!reason.trim() || reason.length > 500)
      throw new BadInputError('Give the reason for reopening', [{ field: 'reason', problem: 'a reason of up to 500 characters' }]);
    const row = await monthRow(em, branchId, month);
    if (row?.state !== MonthState.CLOSED) throw new ConflictError(`${month} is not closed for branch ${branchId}`);
    await commit(em, async (tx) => {
      row.state = MonthState.OPEN;
      tx.create(AttendanceMonthEvent, {
        branchId,
        month,
        action: MonthAction.REOPENED,
        by: principal.username,
        at: new Date(),
        reason: reason.trim(),
      } as AttendanceMonthEvent);
    });
    return { branchId, month, state: MonthState.OPEN, closings: row.closings, employees: 0, dutyEvents: 0 };
  }

  @Authorized()
  @Query(() => AttendanceMonthView, { description: "A branch month's state (branch staff, head office)" })
  async attendanceMonth(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!canSeeBranch(principal, branchId)) throw new ForbiddenError(`You may not see the attendance months of branch ${branchId}`);
    const row = await monthRow(em, branchId, month);
    const last = await em.findOne(AttendanceMonthEvent, { branchId, month, action: MonthAction.CLOSED }, { orderBy: { at: 'desc' } });
    return { branchId, month, state: row?.state ?? MonthState.OPEN, closings: row?.closings ?? 0, employees: last?.employees ?? 0, dutyEvents: 0 };
  }

  @FieldResolver(() => [AttendanceMonthEvent], { description: 'Every close and reopen, oldest first' })
  history(@Root() m: AttendanceMonthView, @Ctx() { em }: RequestContext) {
    return em.find(AttendanceMonthEvent, { branchId: m.branchId, month: m.month }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => ClosedMonthFiguresConnection, { description: 'The figures of the last close, per manager' })
  async figures(
    @Root() m: AttendanceMonthView,
    @Arg('employeeId', () => ID, { nullable: true, description: 'The employee' }) employeeId: string | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() { em }: RequestContext,
  ) {
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(
      ClosedMonthFigures,
      { branchId: m.branchId, month: m.month, ...(employeeId ? { employeeId } : {}) },
      {
        orderBy: { employeeId: 'asc' },
        limit: page?.first ?? 50,
        offset,
      },
    );
    return toPage(nodes, total, offset);
  }
}
