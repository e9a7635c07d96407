import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** How a manager's day is classified. */
export enum DayStatus {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE', // 迟到
  EARLY_LEAVE = 'EARLY_LEAVE', // 早退
  LATE_AND_EARLY = 'LATE_AND_EARLY',
  ABSENT = 'ABSENT', // 旷工
  ON_LEAVE = 'ON_LEAVE',
  ON_VISIT = 'ON_VISIT', // 出访 with a filed slip
}
registerEnumType(DayStatus, {
  name: 'DayStatus',
  description: "A manager's recorded working day (R-2.1)",
  valuesConfig: {
    ON_TIME: { description: 'Worked the outlet hours on time' },
    LATE: { description: '迟到: arrived late (minutesLate)' },
    EARLY_LEAVE: { description: '早退: left early (minutesEarly)' },
    LATE_AND_EARLY: { description: 'Arrived late and left early' },
    ABSENT: { description: '旷工: absent without approved leave' },
    ON_LEAVE: { description: '请假: on approved leave for the whole day' },
    ON_VISIT: { description: '出访: out visiting customers, with a filed visit slip' },
  },
});

/**
 * One manager's recorded working day, keyed by (employee, date): one row per manager and day, and
 * the table's only index (a bulk month is 220,000 rows: every index costs). Its GraphQL id is
 * `employeeId/date`.
 */
@ObjectType('AttendanceRecord', { description: "A manager's recorded day" })
@Entity({ tableName: 'attendance_day' })
export class AttendanceDay {
  [PrimaryKeyProp]?: ['employeeId', 'date'];
  @Field(() => ID, { description: 'The employee it concerns' }) @PrimaryKey({ type: 'string', length: 36 }) employeeId!: string;
  /** The employee's branch and team on the day. */
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  /** Local date, YYYY-MM-DD */
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) @PrimaryKey({ type: 'string', length: 10 }) date!: string;
  @Field(() => DayStatus, { description: 'Where the attendance day stands' }) @Enum({ items: () => DayStatus, type: 'string' }) status!: DayStatus;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) @Property({ type: 'string', length: 5, nullable: true }) checkIn: string | null = null;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) @Property({ type: 'string', length: 5, nullable: true }) checkOut: string | null = null;
  @Field(() => Int, { description: 'Minutes late (a LATE day only)' }) @Property({ type: 'integer' }) minutesLate = 0;
  @Field(() => Int, { description: 'Minutes left early (an EARLY day only)' }) @Property({ type: 'integer' }) minutesEarly = 0;
  @Field(() => Int, { description: 'Voluntary overtime after the day, recorded apart (R-2.1)' }) @Property({ type: 'integer' }) overtimeMinutes = 0;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @Property({ type: 'string', length: 500, nullable: true }) note: string | null =
    null;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field({ description: 'When it was recorded' }) @Property({ type: 'datetime' }) recordedAt: Date = new Date();
}

/** The days a branch's clerk recorded attendance on: the branch's working days (absences are counted against them). */
@Entity({ tableName: 'branch_work_day' })
export class BranchWorkDay {
  [PrimaryKeyProp]?: ['branchId', 'date'];
  @PrimaryKey({ type: 'string', length: 36 }) branchId!: string;
  @PrimaryKey({ type: 'string', length: 10 }) date!: string;
}

export const dayId = (d: { employeeId: string; date: string }): string => `${d.employeeId}/${d.date}`;
