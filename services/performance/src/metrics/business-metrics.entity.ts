import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FenScalar, YearMonthScalar, formatYuan } from '@bg/graphql';

/** A manager's monthly business figures from the CRM. Money in fen. */
@ObjectType({ description: "A manager's business figures for a month (from the CRM import)" })
@Entity({ tableName: 'business_metrics' })
@Unique({ properties: ['employeeId', 'month'] })
@Index({ properties: ['branchId', 'month'] })
export class BusinessMetrics {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36 }) employeeId!: string;
  /** Branch and team of the manager when the month was imported (the head-office view groups by them). */
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field(() => Int, { description: '开发客户数: customers developed' }) @Property({ type: 'integer' }) customersDeveloped!: number;
  @Field(() => Int, { description: '新开户数: new accounts opened' }) @Property({ type: 'integer' }) newAccounts!: number;
  @Field(() => FenScalar, { name: 'newAssetsFen', description: '新增资产: new assets brought in, fen' })
  @Property({ type: new BigIntType('number') })
  newAssets!: number;
  @Field(() => FenScalar, { name: 'customerAssetsFen', description: '客户资产: assets of own customers at month end, fen' })
  @Property({ type: new BigIntType('number') })
  customerAssets!: number;
  @Field(() => FenScalar, { name: 'netRevenueFen', description: '净收入: net revenue from own customers, fen' })
  @Property({ type: new BigIntType('number') })
  netRevenue!: number;

  @Field(() => String, {
    description:
      '新增资产: new assets in yuan for display, e.g. "12,345.67" (exactly newAssetsFen / 100, a minus sign when negative); compute with newAssetsFen',
  })
  get newAssetsYuan(): string {
    return formatYuan(this.newAssets);
  }

  @Field(() => String, {
    description:
      '客户资产: customer assets in yuan for display, e.g. "12,345.67" (exactly customerAssetsFen / 100, a minus sign when negative); compute with customerAssetsFen',
  })
  get customerAssetsYuan(): string {
    return formatYuan(this.customerAssets);
  }

  @Field(() => String, {
    description:
      '净收入: net revenue in yuan for display, e.g. "12,345.67" (exactly netRevenueFen / 100, a minus sign when negative); compute with netRevenueFen',
  })
  get netRevenueYuan(): string {
    return formatYuan(this.netRevenue);
  }
}
