import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FenScalar, YearMonthScalar } from '@bg/graphql';

/** The CRM import of a branch's month: one row per branch and month, its revision rising with each re-import. */
@ObjectType({ description: "A branch's CRM import for a month" })
@Entity({ tableName: 'metrics_import' })
@Unique({ properties: ['branchId', 'month'] })
export class MetricsImport {
  @Field(() => ID, { description: "The metrics import's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => YearMonthScalar, { description: 'The month' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field(() => Int, { description: '1 for the first import, +1 for each re-import that replaced the month' }) @Property({ type: 'integer' }) revision = 1;
  @Field(() => Int, { description: 'Managers in the file' }) @Property({ type: 'integer' }) lineCount!: number;
  // The month's totals of the branch (the head-office comparison reads these, not every line).
  @Field(() => Int, { description: '开发客户数: customers developed' }) @Property({ type: 'integer' }) customersDeveloped = 0;
  @Field(() => Int, { description: '开户数: accounts opened' }) @Property({ type: 'integer' }) newAccounts = 0;
  @Field(() => FenScalar, { description: '新增资产: new assets brought in, fen' }) @Property({ type: new BigIntType('number') }) newAssetsFen = 0;
  @Field(() => FenScalar, { description: '客户资产: assets of own customers, fen' }) @Property({ type: new BigIntType('number') }) customerAssetsFen = 0;
  @Field(() => FenScalar, { description: '净收入: net revenue from own customers, fen' }) @Property({ type: new BigIntType('number') }) netRevenueFen = 0;
  @Field({ description: 'Username of who imported it' }) @Property({ type: 'string', length: 100 }) importedBy!: string;
  @Field({ description: 'When the file was imported' }) @Property({ type: 'datetime' }) importedAt: Date = new Date();
  // finance review (复核, issue 16 item 11): the revision finance reviewed; payroll needs the current one reviewed. Declared last (column order).
  @Field(() => Int, { nullable: true, description: 'The revision branch finance reviewed (复核); a re-import needs a new review' })
  @Property({ type: 'integer', nullable: true })
  reviewedRevision: number | null = null;
  @Field(() => String, { description: 'Who reviewed (复核) the import (username)', nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  reviewedBy: string | null = null;
  @Field(() => Date, { description: 'When it was reviewed', nullable: true }) @Property({ type: 'datetime', nullable: true }) reviewedAt: Date | null = null;
  @Field(() => String, { description: "The reviewer's comment", nullable: true }) @Property({ type: 'string', length: 1000, nullable: true }) reviewComment:
    string | null = null;
}
