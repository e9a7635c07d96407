import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, PeriodScalar } from '@bg/graphql';

export enum GoalGranularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(GoalGranularity, {
  name: 'GoalGranularity',
  valuesConfig: { QUARTER: { description: 'Goals per quarter (2026-Q1)' }, MONTH: { description: 'Goals per month (2026-03)' } },
  description: 'Goals are split by month (2026-03) or by quarter (2026-Q1)',
});

/** A person's share of an approved plan's targets for a month or quarter. */
@ObjectType({ description: "A regional or client manager's goal for a month or quarter: their share of the approved plan's targets (R-1.4)" })
@Entity({ tableName: 'plan_goal' })
@Unique({ properties: ['planId', 'employeeId', 'period'] })
export class Goal {
  @Field(() => ID, { description: "The goal's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The work plan it belongs to' }) @Property({ type: 'string', length: 36, index: true }) planId!: string;
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36, index: true }) employeeId!: string;
  @Field({ description: "The employee's name" }) @Property({ type: 'string', length: 100 }) employeeName!: string;
  @Field(() => GoalGranularity, { description: 'Monthly or quarterly' }) @Enum({ items: () => GoalGranularity, type: 'string' }) granularity!: GoalGranularity;
  @Field(() => PeriodScalar, { description: 'The month (2026-03) or quarter (2026-Q1) the goal is for' })
  @Property({ type: 'string', length: 7 })
  period!: string;
  @Field(() => Int, { description: '开户数: accounts to open in the period' })
  @Property({ type: 'integer', fieldName: 'account_openings' })
  newAccounts!: number;
  @Field(() => FenScalar, { description: '新增资产: new assets brought in, fen' }) @Property({ type: new BigIntType('number') }) newAssetsFen!: number;
  @Field(() => FenScalar, { description: '净收入: net revenue from own customers, fen' }) @Property({ type: new BigIntType('number') }) netRevenueFen!: number;
  @Field({ description: 'Who assigned it (username)' }) @Property({ type: 'string', length: 100 }) assignedBy!: string;
  @Field({ description: 'When it was assigned' }) @Property({ type: 'datetime' }) assignedAt: Date = new Date();
}
