/** reporting: the maintained daily sales aggregate, and the post-issue evaluations. */
import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/**
 * Sales per campaign, day, region, branch, agency and channel, kept up to date in the transaction
 * that records each subscription (an upsert adding its amount). The head-office daily report reads
 * at most (days x (branches + agencies)) of these rows instead of every subscription. `branchKey` /
 * `agencyKey` are '' where there is none (so the unique key holds on both databases).
 */
@Entity({ tableName: 'campaign_daily_sales' })
@Unique({ properties: ['campaignId', 'salesDate', 'regionId', 'branchKey', 'agencyKey', 'channel'] })
export class CampaignDailySales {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Property({ type: 'string', length: 10 }) salesDate!: string;
  @Property({ type: 'string', length: 36 }) regionId!: string;
  @Property({ type: 'string', length: 36 }) branchKey!: string;
  @Property({ type: 'string', length: 36 }) agencyKey!: string;
  @Property({ type: 'string', length: 10 }) channel!: string;
  @Property({ type: new BigIntType('number') }) amountFen!: number;
  @Property({ type: 'integer' }) subscriptions!: number;
}

export enum EvaluationSubject {
  REGION = 'REGION',
  AGENCY = 'AGENCY',
}
registerEnumType(EvaluationSubject, {
  name: 'EvaluationSubject',
  description: 'What a post-issue evaluation is about',
  valuesConfig: { REGION: { description: 'A regional work group' }, AGENCY: { description: 'An agency (代销机构)' } },
});

/** 总结与考核评价: the post-issue summary and evaluation of a region or an agency. */
@ObjectType({ description: 'The post-issue summary and evaluation (总结, 考核评价) of a region or an agency: organisation, sales results, customer service' })
@Entity({ tableName: 'campaign_evaluation' })
@Unique({ properties: ['campaignId', 'subject', 'subjectId'] })
@Index({ properties: ['campaignId'] })
export class CampaignEvaluation {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => EvaluationSubject, { description: 'Region or agency' }) @Enum({ items: () => EvaluationSubject, type: 'string' }) subject!: EvaluationSubject;
  @Field(() => ID, { description: 'The regional group or agency evaluated' }) @Property({ type: 'string', length: 36 }) subjectId!: string;
  @Field(() => Int, { description: '发行组织安排: organisation, 0-100' }) @Property({ type: 'integer' }) organisationScore!: number;
  @Field(() => Int, { description: '销售业绩: sales results, 0-100' }) @Property({ type: 'integer' }) salesScore!: number;
  @Field(() => Int, { description: '客户服务: customer service, 0-100' }) @Property({ type: 'integer' }) customerServiceScore!: number;
  @Field({ description: 'The summary (总结)' }) @Property({ type: 'text' }) summary!: string;
  @Field({ description: 'Who evaluated (username)' }) @Property({ type: 'string', length: 100 }) evaluatedBy!: string;
  @Field(() => LocalDateScalar, { description: 'When' }) @Property({ type: 'string', length: 10 }) evaluatedOn!: string;
}
