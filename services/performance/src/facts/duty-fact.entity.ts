/** Duty facts (R-4.3 工作职责考核) other services told performance, one row per person and fact: the inputs of the duty score. */
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export enum DutyFactKind {
  /** A drawn visit slip or work log that did not match (attendance.duty SpotCheckRecorded, R-2.3/R-2.8). */
  SPOT_CHECK_DISCREPANCY = 'SPOT_CHECK_DISCREPANCY',
  SPOT_CHECK_CONFIRMED = 'SPOT_CHECK_CONFIRMED',
  /** Absent from a morning, weekly or monthly meeting (MeetingMissed, R-2.6): one row per person. */
  MEETING_MISSED = 'MEETING_MISSED',
  /** A customer issue not followed up in time (FollowUpOverdue, R-2.9). */
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  /** A training assessment result (recruitment.training TrainingResultRecorded, R-6.7). */
  TRAINING_PASSED = 'TRAINING_PASSED',
  TRAINING_FAILED = 'TRAINING_FAILED',
  /** A team meeting not held, borne by the team's lead in force on its due day (MeetingMissed with responsibleIds, R-2.6). */
  MEETING_NOT_HELD = 'MEETING_NOT_HELD',
  /** Absent from a team's marketing activity without approved leave (MarketingActivityMissed, R-2.2). */
  ACTIVITY_MISSED = 'ACTIVITY_MISSED',
}

@Entity({ tableName: 'duty_fact' })
@Index({ properties: ['employeeId', 'date'] })
export class DutyFact {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  /**
   * What the fact is about, unique: `spot-check:<checkId>`, `meeting:<kind>:<branch>:<team>:<date>:<employeeId>`,
   * `follow-up:<issueId>`, `training:<resultId>`. A second event about the same thing adds no second row.
   */
  @Unique() @Property({ type: 'string', length: 200 }) sourceKey!: string;
  @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Enum({ items: () => DutyFactKind, type: 'string' }) kind!: DutyFactKind;
  /** The day it happened (checked on, meeting date, due date, session date), YYYY-MM-DD. */
  @Property({ type: 'string', length: 10 }) date!: string;
  /** A word on what it was (check kind, meeting kind, programme). */
  @Property({ type: 'string', length: 300 }) detail!: string;
  @Property({ type: 'string', length: 36 }) eventId!: string;
}
