import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

export enum MeetingKind {
  MORNING = 'MORNING', // 晨会, daily, the whole branch
  WEEKLY = 'WEEKLY', // team work meeting
  MONTHLY = 'MONTHLY', // team summary meeting
}
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
}
/** The morning meeting's five agenda items. */
export enum MorningAgendaItem {
  MARKET_NEWS = 'MARKET_NEWS', // 市场资讯
  HEAD_OFFICE_AND_PRODUCTS = 'HEAD_OFFICE_AND_PRODUCTS', // 总部信息与新产品
  PROGRESS_REPORTS = 'PROGRESS_REPORTS', // 工作进度汇报
  SALES_CASES = 'SALES_CASES', // 营销案例
  MORALE = 'MORALE', // 士气鼓舞
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'MORNING (晨会, branch, daily), WEEKLY (team work meeting), MONTHLY (team summary meeting)',
  valuesConfig: {
    MORNING: { description: '晨会, daily, the whole branch' },
    WEEKLY: { description: 'team work meeting' },
    MONTHLY: { description: 'team summary meeting' },
  },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Whether a meeting was held (with minutes) or is only scheduled',
  valuesConfig: { SCHEDULED: { description: 'Planned, minutes not recorded yet' }, HELD: { description: 'Held, with minutes and attendance recorded' } },
});
registerEnumType(MorningAgendaItem, {
  name: 'MorningAgendaItem',
  description: "The fixed agenda items of a branch's morning meeting (晨会, R-2.6)",
  valuesConfig: {
    MARKET_NEWS: { description: '市场资讯' },
    HEAD_OFFICE_AND_PRODUCTS: { description: '总部信息与新产品' },
    PROGRESS_REPORTS: { description: '工作进度汇报' },
    SALES_CASES: { description: '营销案例' },
    MORALE: { description: '士气鼓舞' },
  },
});

@ObjectType({ description: 'The notes taken on one agenda item of a meeting' })
export class AgendaNote {
  @Field(() => MorningAgendaItem, { description: 'The agenda item (market news, head-office messages, progress, sales cases, morale)' })
  item!: MorningAgendaItem;
  @Field({ description: 'Free-text notes' }) notes!: string;
}

/**
 * A meeting: one morning meeting per branch day, one weekly meeting per team week (by its
 * Monday), one monthly meeting per team month; `slot` is that day, Monday or month.
 */
@ObjectType({ description: 'A morning, weekly or monthly meeting with its minutes and attendance (R-2.6)' })
@Entity({ tableName: 'meeting' })
@Unique({ properties: ['kind', 'scope', 'slot'] })
@Index({ properties: ['branchId', 'date'] })
export class Meeting {
  @Field(() => ID, { description: "The meeting's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => MeetingKind, { description: 'Which kind of meeting it is' }) @Enum({ items: () => MeetingKind, type: 'string' }) kind!: MeetingKind;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team (weekly, monthly); none for the branch morning meeting' })
  @Property({ type: 'string', length: 36, nullable: true })
  teamId: string | null = null;
  /** The team, or the branch for a morning meeting. */
  @Property({ type: 'string', length: 36 }) scope!: string;
  /** The day (morning), the Monday (weekly) or the month (monthly) it is the meeting of. */
  @Property({ type: 'string', length: 10 }) slot!: string;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field({ description: 'The topic' }) @Property({ type: 'string', length: 200 }) topic!: string;
  @Field(() => MeetingStatus, { description: 'Where the meeting stands' }) @Enum({ items: () => MeetingStatus, type: 'string' }) status: MeetingStatus =
    MeetingStatus.SCHEDULED;
  @Field(() => String, { description: 'The minutes (会议纪要); null until the meeting is recorded', nullable: true })
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;
  @Field(() => [AgendaNote], { description: 'Morning meetings (晨会): the notes on each of the five agenda items' })
  @Property({ type: 'json' })
  agenda: AgendaNote[] = [];
  @Field(() => [ID], { description: 'Employees who attended' }) @Property({ type: 'json' }) attendeeIds: string[] = [];
  @Field(() => [ID], { description: 'Members expected but not there' }) @Property({ type: 'json' }) absentIds: string[] = [];
  @Field({ description: 'Who scheduled it (username)' }) @Property({ type: 'string', length: 100 }) scheduledBy!: string;
  @Field(() => String, { nullable: true, description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100, nullable: true }) recordedBy:
    string | null = null;
}

/** A MeetingMissed already emitted (a gap or a meeting's absentees): each is emitted once. */
@Entity({ tableName: 'meeting_missed_flag' })
export class MeetingMissedFlag {
  /** kind:scope:slot:GAP or kind:scope:slot:ABSENT */
  @PrimaryKey({ type: 'string', length: 120 }) key!: string;
  @Property({ type: 'datetime' }) flaggedAt: Date = new Date();
}
