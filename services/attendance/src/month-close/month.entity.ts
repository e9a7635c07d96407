import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { YearMonthScalar } from '@bg/graphql';

export enum MonthState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
export enum MonthAction {
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}
registerEnumType(MonthState, {
  name: 'AttendanceMonthState',
  description:
    "Where a branch's attendance month stands (R-2.7): OPEN while recording goes on, CLOSED once its figures went to payroll; a reopen makes it OPEN again",
  valuesConfig: { OPEN: { description: 'Recording goes on' }, CLOSED: { description: 'Closed: the figures went to payroll (AttendanceMonthClosed)' } },
});
registerEnumType(MonthAction, {
  name: 'AttendanceMonthAction',
  valuesConfig: {
    REOPENED: { description: 'The month was reopened for corrections (by the branch manager, with a reason)' },
    CLOSED: { description: 'The month was closed: its figures went to payroll (AttendanceMonthClosed)' },
  },
  description: "What was done to a branch's attendance month: closed or reopened",
});

/** A branch's attendance month: closed by the clerk, reopened only by the branch manager. */
@Entity({ tableName: 'branch_month_close' })
@Unique({ properties: ['branchId', 'month'] })
export class BranchMonthClose {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Property({ type: 'string', length: 7 }) month!: string;
  @Enum({ items: () => MonthState, type: 'string' }) state: MonthState = MonthState.OPEN;
  /** How many times it was closed: each close emits the figures again. */
  @Property({ type: 'integer' }) closings = 0;
  /** Optimistic lock: two closes (or a close and a reopen) cannot both commit. */
  @Property({ version: true }) version?: number;
}

/** Who closed or reopened a month, when, and why: the history stays. */
@ObjectType({ description: 'A close or reopen of a branch attendance month' })
@Entity({ tableName: 'attendance_month_event' })
@Index({ properties: ['branchId', 'month'] })
export class AttendanceMonthEvent {
  @Field(() => ID, { description: "The attendance month event's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field(() => MonthAction, { description: 'Closed or reopened' }) @Enum({ items: () => MonthAction, type: 'string' }) action!: MonthAction;
  @Field({ description: 'Who did it (username)' }) @Property({ type: 'string', length: 100 }) by!: string;
  @Field({ description: 'When it happened' }) @Property({ type: 'datetime' }) at: Date = new Date();
  @Field(() => String, { nullable: true, description: 'The reason given' }) @Property({ type: 'string', length: 500, nullable: true }) reason: string | null =
    null;
  @Field(() => Int, { description: 'Employees whose figures the close emitted' }) @Property({ type: 'integer' }) employees = 0;
}

/** A manager's closed figures for a month: what went to payroll as AttendanceMonthClosed. */
@ObjectType({ description: "A manager's closed attendance figures for a month (sent to payroll)" })
@Entity({ tableName: 'closed_month_figures' })
@Unique({ properties: ['branchId', 'month', 'employeeId'] })
export class ClosedMonthFigures {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => Int, { description: 'Days worked: on time, late, early or out on a filed visit' }) @Property({ type: 'integer' }) daysWorked!: number;
  @Field(() => Int, { name: 'lateArrivals', description: '迟到: days arrived late' }) @Property({ type: 'integer' }) late!: number;
  @Field(() => Int, { name: 'earlyLeaves', description: '早退: days left early' }) @Property({ type: 'integer' }) early!: number;
  @Field(() => Int, { name: 'absentDays', description: '旷工: recorded absences plus working days with neither a record nor approved leave' })
  @Property({ type: 'integer' })
  absent!: number;
  @Field(() => Float, { description: '请假: days on approved leave (a half day counts 0.5)' }) @Property({ type: 'double' }) leaveDays!: number;
  @Field(() => Int, { description: 'Visit slips filed for the month' }) @Property({ type: 'integer' }) visits!: number;
  @Field(() => Int, { description: 'Voluntary overtime, recorded apart, minutes' }) @Property({ type: 'integer' }) overtimeMinutes!: number;
  @Field(() => Int, { description: 'Which close of the month produced it (1, then 2 after a reopen...)' }) @Property({ type: 'integer' }) closing!: number;
}
