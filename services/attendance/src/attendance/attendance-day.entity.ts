import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

/** How a manager's day is classified. */
export enum DayStatus {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE', // 迟到
  EARLY_LEAVE = 'EARLY_LEAVE', // 早退
  LATE_AND_EARLY = 'LATE_AND_EARLY',
  ABSENT = 'ABSENT', // 旷工
  ON_LEAVE = 'ON_LEAVE',
  ON_VISIT = 'ON_VISIT', // 出访 with an approved slip
}
registerEnumType(DayStatus, { name: 'DayStatus' });

/** One manager's recorded working day. */
@Entity({ tableName: 'attendance_day' })
@Unique({ properties: ['employeeId', 'date'] })
export class AttendanceDay {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 36 }) employeeId!: string;
  /** Local date, YYYY-MM-DD */
  @Property({ type: 'string', length: 10 }) date!: string;
  @Enum({ items: () => DayStatus, type: 'string' }) status!: DayStatus;
  @Property({ type: 'integer' }) minutesLate = 0;
  @Property({ type: 'integer' }) minutesEarly = 0;
  @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Property({ type: 'datetime' }) recordedAt: Date = new Date();
}
