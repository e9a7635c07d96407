import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

export enum LeaveKind {
  PERSONAL = 'PERSONAL', // 事假
  SICK = 'SICK', // 病假
}
export enum HalfDay {
  AM = 'AM',
  PM = 'PM',
}
export enum LeaveStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(LeaveKind, {
  name: 'LeaveKind',
  description: 'PERSONAL (事假) or SICK (病假)',
  valuesConfig: { PERSONAL: { description: '事假' }, SICK: { description: '病假' } },
});
registerEnumType(HalfDay, {
  name: 'HalfDay',
  valuesConfig: { PM: { description: 'The afternoon half of the day' }, AM: { description: 'The morning half of the day' } },
  description: 'AM: the morning half of the day; PM: the afternoon',
});
registerEnumType(LeaveStatus, {
  name: 'LeaveStatus',
  description: 'Where a leave request stands',
  valuesConfig: {
    REQUESTED: { description: 'Requested, waiting for the team lead' },
    APPROVED: { description: 'Approved by the team lead' },
    REJECTED: { description: 'Rejected by the team lead' },
    CANCELLED: { description: 'Cancelled before it started' },
  },
});

/** A request for personal or sick leave: to the team lead, decided before it starts. */
@ObjectType({ description: 'A leave request (R-2.5)' })
@Entity({ tableName: 'leave_request' })
@Index({ properties: ['employeeId', 'startDate'] })
@Index({ properties: ['teamId', 'startDate'] })
export class LeaveRequest {
  @Field(() => ID, { description: "The leave request's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36, index: true }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field(() => LeaveKind, { description: 'Which kind of leave request it is' }) @Enum({ items: () => LeaveKind, type: 'string' }) kind!: LeaveKind;
  @Field(() => LocalDateScalar, { description: 'The first day of leave' }) @Property({ type: 'string', length: 10 }) startDate!: string;
  @Field(() => LocalDateScalar, { description: 'The last day of leave (inclusive)' }) @Property({ type: 'string', length: 10 }) endDate!: string;
  @Field(() => HalfDay, { nullable: true, description: 'A single half day (startDate = endDate)' })
  @Enum({ items: () => HalfDay, type: 'string', nullable: true })
  halfDay: HalfDay | null = null;
  @Field(() => Float, { description: 'Working days asked for (Monday-Friday), 0.5 for a half day' }) @Property({ type: 'double' }) days!: number;
  @Field({ description: 'The reason given' }) @Property({ type: 'string', length: 500 }) reason!: string;
  @Field(() => LeaveStatus, { description: 'Where the leave request stands' }) @Enum({ items: () => LeaveStatus, type: 'string' }) status: LeaveStatus =
    LeaveStatus.REQUESTED;
  @Field({ description: 'When the request was made' }) @Property({ type: 'datetime' }) requestedAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'Who decided it (username); null until then' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was decided; null until then' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
  @Field(() => String, { nullable: true, description: "The lead's reason (required to reject)" })
  @Property({ type: 'string', length: 500, nullable: true })
  decisionReason: string | null = null;
}
