/**
 * client managers attend the team's training and marketing activities (营销活动), and their
 * attendance is recorded. Trainings are recruitment's; a team's marketing activities —
 * community promotions, joint events at a partner bank's outlet, investor seminars, roadshows —
 * are recorded here by the team's lead with who attended; the absent feed the duty assessment.
 */
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

export enum MarketingActivityKind {
  COMMUNITY_PROMOTION = 'COMMUNITY_PROMOTION', // 社区推广
  OUTLET_CAMPAIGN = 'OUTLET_CAMPAIGN', // 网点联合营销
  INVESTOR_SEMINAR = 'INVESTOR_SEMINAR', // 投资者报告会
  ROADSHOW = 'ROADSHOW', // 路演推介
  OTHER = 'OTHER',
}
registerEnumType(MarketingActivityKind, {
  name: 'MarketingActivityKind',
  description: "A kind of the team's marketing activity (营销活动)",
  valuesConfig: {
    COMMUNITY_PROMOTION: { description: '社区推广: promotion in a residential community' },
    OUTLET_CAMPAIGN: { description: "网点联合营销: a joint event at a partner bank's outlet" },
    INVESTOR_SEMINAR: { description: '投资者报告会: an investor seminar' },
    ROADSHOW: { description: '路演推介: a product roadshow' },
    OTHER: { description: 'Another marketing activity' },
  },
});

@ObjectType({ description: "营销活动: a team's marketing activity and who attended it (R-2.2)" })
@Entity({ tableName: 'marketing_activity' })
@Index({ properties: ['teamId', 'date'] })
@Index({ properties: ['branchId', 'date'] })
export class MarketingActivity {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team (营销团队)' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => MarketingActivityKind, { description: 'What kind of activity' })
  @Enum({ items: () => MarketingActivityKind, type: 'string' })
  kind!: MarketingActivityKind;
  @Field({ description: 'What it was' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => LocalDateScalar, { description: 'The day it took place' }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field({ description: 'Where' }) @Property({ type: 'string', length: 200 }) location!: string;
  @Field(() => [ID], { description: 'The client managers who attended' }) @Property({ type: 'json' }) attendeeIds: string[] = [];
  @Field(() => [ID], { description: "The team's client managers expected that day who did not attend, without approved leave" })
  @Property({ type: 'json' })
  absentIds: string[] = [];
  @Field(() => [ID], { description: 'Those expected who were on approved leave that day' }) @Property({ type: 'json' }) excusedIds: string[] = [];
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field({ description: 'When' }) @Property({ type: 'datetime' }) recordedAt: Date = new Date();
}
