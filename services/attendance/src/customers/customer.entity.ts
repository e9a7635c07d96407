/**
 * The customer register (客户登记, R-2.9 and DOMAIN.md "Customers"): each customer of a branch
 * has a responsible client manager (客户经理负责制) and a tier (分级管理) derived from the
 * customer's assets by the branch's thresholds (data, not code). Visits refer to a registered
 * customer; a change of responsible manager is a recorded handover. `Customer` is a federated
 * entity (@key id): other subgraphs (campaign intentions and subscriptions in performance)
 * reference it by id.
 */
import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, LocalDateScalar } from '@bg/graphql';

/** 分级管理: big customers are managed in tiers by their assets (thresholds per branch). */
export enum CustomerTier {
  VIP = 'VIP', // A 重要客户
  KEY = 'KEY', // B 重点客户
  ORDINARY = 'ORDINARY', // C 普通客户
}
registerEnumType(CustomerTier, {
  name: 'CustomerTier',
  description: "A customer's tier (分级管理), from the customer's assets by the branch's thresholds",
  valuesConfig: {
    VIP: { description: 'A: 重要客户, assets at or above the VIP threshold' },
    KEY: { description: 'B: 重点客户, assets at or above the KEY threshold' },
    ORDINARY: { description: 'C: 普通客户, the rest' },
  },
});

export enum CustomerKind {
  INDIVIDUAL = 'INDIVIDUAL',
  INSTITUTION = 'INSTITUTION',
}
registerEnumType(CustomerKind, {
  name: 'CustomerKind',
  description: 'An individual (个人客户) or an institution (机构客户)',
  valuesConfig: { INDIVIDUAL: { description: '个人客户: a person' }, INSTITUTION: { description: '机构客户: a company or other institution' } },
});

@ObjectType({ description: '客户: a registered customer of a branch, with its tier and responsible client manager (R-2.9, 客户经理负责制)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'customer' })
@Index({ properties: ['branchId', 'name'] })
@Index({ properties: ['responsibleEmployeeId'] })
@Unique({ properties: ['branchId', 'crmRef'] })
export class Customer {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) whose customer it is' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field({ description: "The customer's name" }) @Property({ type: 'string', length: 100 }) name!: string;
  @Field(() => CustomerKind, { description: 'Individual or institution' }) @Enum({ items: () => CustomerKind, type: 'string' }) kind!: CustomerKind;
  @Field(() => String, { nullable: true, description: "The customer's number in the CRM (客户号), unique in the branch; none for a prospect" })
  @Property({ type: 'string', length: 40, nullable: true })
  crmRef: string | null = null;
  @Field(() => FenScalar, { description: "The customer's assets with the brokerage (客户资产), in fen, as of assetsAsOf" })
  @Property({ type: new BigIntType('number') })
  assetsFen!: number;
  @Field(() => LocalDateScalar, { description: 'The day the assets were taken' }) @Property({ type: 'string', length: 10 }) assetsAsOf!: string;
  @Field(() => CustomerTier, {
    description: 'The tier the assets put the customer in, by the branch thresholds in force when the assets or thresholds last changed',
  })
  @Enum({ items: () => CustomerTier, type: 'string' })
  tier!: CustomerTier;
  @Field(() => ID, { description: 'The responsible client manager (客户经理负责制)' })
  @Property({ type: 'string', length: 36 })
  responsibleEmployeeId!: string;
  @Field(() => LocalDateScalar, { description: 'The day the customer was registered' }) @Property({ type: 'string', length: 10 }) registeredOn!: string;
  @Field({ description: 'Who registered the customer (username)' }) @Property({ type: 'string', length: 100 }) registeredBy!: string;
}

/** A change of responsible manager (e.g. on departure): who handed over to whom, when, why, recorded by whom. */
@ObjectType({ description: "A change of a customer's responsible client manager (客户交接), e.g. on departure" })
@Entity({ tableName: 'customer_handover' })
@Index({ properties: ['customerId', 'effectiveOn'] })
@Index({ properties: ['branchId', 'effectiveOn'] })
export class CustomerHandover {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The customer' }) @Property({ type: 'string', length: 36 }) customerId!: string;
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The manager responsible before' }) @Property({ type: 'string', length: 36 }) fromEmployeeId!: string;
  @Field(() => ID, { description: 'The manager responsible from effectiveOn' }) @Property({ type: 'string', length: 36 }) toEmployeeId!: string;
  @Field(() => LocalDateScalar, { description: 'The first day the new manager is responsible' }) @Property({ type: 'string', length: 10 }) effectiveOn!: string;
  @Field({ description: 'Why (e.g. 离职交接)' }) @Property({ type: 'string', length: 500 }) reason!: string;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field({ description: 'When it was recorded' }) @Property({ type: 'datetime' }) recordedAt: Date = new Date();
}

/** A branch's tier thresholds (分级标准): the least assets for VIP and for KEY; below KEY is ORDINARY. */
@ObjectType({ description: "A branch's customer tier thresholds (分级标准), kept as data" })
@Entity({ tableName: 'customer_tier_threshold' })
export class CustomerTierThresholds {
  @Field(() => ID, { description: 'The branch (营业部)' }) @PrimaryKey({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => FenScalar, { description: 'The least assets of a VIP (A) customer, in fen' })
  @Property({ type: new BigIntType('number') })
  vipMinAssetsFen!: number;
  @Field(() => FenScalar, { description: 'The least assets of a KEY (B) customer, in fen' })
  @Property({ type: new BigIntType('number') })
  keyMinAssetsFen!: number;
  @Field(() => String, { nullable: true, description: 'Who set them (username); null: the defaults' })
  @Property({ type: 'string', length: 100, nullable: true })
  setBy: string | null = null;
  @Field(() => Date, { nullable: true, description: 'When they were set' }) @Property({ type: 'datetime', nullable: true }) setAt: Date | null = null;
}
