import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FenScalar, PeriodScalar } from '@bg/graphql';
import { GoalGranularity } from '../goals/goal.entity';

/** A region's share of an approved plan's targets for a month or quarter, borne by its regional manager. */
@ObjectType({
  description: "A region's goal (区域目标) for a month or quarter: its share of the approved plan's targets, borne by its regional manager (R-1.4)",
})
@Entity({ tableName: 'plan_region_goal' })
@Unique({ properties: ['planId', 'regionId', 'period'] })
export class RegionGoal {
  @Field(() => ID, { description: "The goal's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The work plan it belongs to' }) @Property({ type: 'string', length: 36, index: true }) planId!: string;
  @Field(() => ID, { description: 'The region (区域)' }) @Property({ type: 'string', length: 36, index: true }) regionId!: string;
  @Field({ description: "The region's name when the goal was set" }) @Property({ type: 'string', length: 100 }) regionName!: string;
  @Field(() => ID, { description: 'The regional manager (区域经理) when the goal was set' }) @Property({ type: 'string', length: 36 }) managerId!: string;
  @Field(() => GoalGranularity, { description: 'By month or by quarter' })
  @Enum({ items: () => GoalGranularity, type: 'string' })
  granularity!: GoalGranularity;
  @Field(() => PeriodScalar, { description: 'The month (2026-03) or quarter (2026-Q1) the goal is for' })
  @Property({ type: 'string', length: 7 })
  period!: string;
  @Field(() => Int, { description: '开户数: accounts to open in the period' }) @Property({ type: 'integer' }) newAccounts!: number;
  @Field(() => FenScalar, { description: '新增资产: new assets brought in, fen' }) @Property({ type: new BigIntType('number') }) newAssetsFen!: number;
  @Field(() => FenScalar, { description: '净收入: net revenue from customers, fen' }) @Property({ type: new BigIntType('number') }) netRevenueFen!: number;
  @Field({ description: 'Who set it (username)' }) @Property({ type: 'string', length: 100 }) assignedBy!: string;
  @Field({ description: 'When it was set' }) @Property({ type: 'datetime' }) assignedAt: Date = new Date();
}
