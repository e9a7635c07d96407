import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, YearMonthScalar } from '@bg/graphql';
import type { CompensationRules } from './pay-rules';

export enum StandardStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(StandardStatus, {
  name: 'CompensationStandardStatus',
  valuesConfig: {
    REJECTED: { description: 'Rejected on the route; never applies' },
    APPROVED: { description: 'Approved: applies from effectiveFrom' },
    DRAFT: { description: 'On the R-1.3 approval route; not applied yet' },
  },
  description:
    'DRAFT while on the R-1.3 approval route; APPROVED once the route ends (only APPROVED standards apply); REJECTED at any step (a new version is proposed)',
});

@ObjectType('LevelPay', { description: 'Base pay of a level, fen a month' })
@InputType('LevelPayInput', { description: 'Base pay and floor of one level' })
export class LevelPayType {
  @Field({ description: 'The client-manager level (级别), e.g. L3' }) level!: string;
  @Field(() => FenScalar, { description: 'Base pay of the level, fen a month' }) baseFen!: number;
}

@ObjectType('CommissionTier', { description: 'A marginal commission tier on net revenue: the rate applies to the revenue from fromFen up to the next tier' })
@InputType('CommissionTierInput', { description: 'One marginal commission tier' })
export class CommissionTierType {
  @Field(() => FenScalar, { description: "Net revenue of the month from which the tier's rate applies, fen (the first tier from 0)" }) fromFen!: number;
  @Field(() => Int, { description: 'Rate in basis points: 1000 = 10%' }) rateBp!: number;
}

@ObjectType('CompensationRules', { description: "A compensation standard's figures (money in fen)" })
@InputType('CompensationRulesInput', { description: 'The pay rules of a compensation standard' })
export class CompensationRulesType implements CompensationRules {
  @Field(() => [LevelPayType], { description: 'Base pay per level (级别), fen a month' }) basePay!: LevelPayType[];
  @Field(() => [CommissionTierType], { description: "Marginal commission tiers on the month's net revenue, lowest first" })
  commissionTiers!: CommissionTierType[];
  @Field(() => FenScalar, { description: 'Bonus per account opened (开户数) in the month, fen' }) bonusPerNewAccountFen!: number;
  @Field(() => FenScalar, { description: 'Per full 10,000 yuan of new assets' }) bonusPer10kNewAssetsFen!: number;
  @Field(() => FenScalar, { description: 'Deducted per day absent without leave (旷工), fen' }) deductionPerAbsenceFen!: number;
  @Field(() => FenScalar, { description: 'Deducted per late arrival (迟到), fen' }) deductionPerLateFen!: number;
  @Field(() => FenScalar, { description: 'Deducted per early leave (早退), fen' }) deductionPerEarlyLeaveFen!: number;
  @Field(() => Int, { description: 'Percent of asset-loss charges deducted from pay' }) assetLossSharePct!: number;
  @Field(() => FenScalar, { description: 'Least net pay of a month (保底)' }) floorFen!: number;
  @Field(() => FenScalar, { nullable: true, description: 'Most commission + bonuses of a month (封顶); null: no cap' }) capFen!: number | null;
}

/** A version of the compensation standard (薪酬标准, R-1.1): company-wide or for one branch, from a month on. */
@ObjectType({ description: 'A version of the compensation standard (薪酬标准)' })
@Entity({ tableName: 'compensation_standard' })
@Unique({ properties: ['version'] })
export class CompensationStandard {
  @Field(() => ID, { description: "The compensation standard's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => Int, { description: 'Rises by one with each new standard' }) @Property({ type: 'integer' }) version!: number;
  @Field(() => ID, { nullable: true, description: 'The branch it is for; null: every branch without its own' })
  @Property({ type: 'string', length: 36, nullable: true })
  branchId: string | null = null;
  @Field(() => YearMonthScalar, { description: 'First month it applies to' }) @Property({ type: 'string', length: 7 }) effectiveFrom!: string;
  @Field({ description: 'The title' }) @Property({ type: 'string', length: 500 }) title!: string;
  /** The figures, as JSON (CompensationRules). */
  @Property({ type: 'text' }) rulesJson!: string;
  @Field(() => StandardStatus, { description: 'Where the compensation standard stands' })
  @Enum({ items: () => StandardStatus, type: 'string' })
  status: StandardStatus = StandardStatus.DRAFT;
  @Field({ description: 'Who created it (username)' }) @Property({ type: 'string', length: 100 }) createdBy!: string;
  @Field({ description: 'When it was created' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'Approved: the VP in charge; rejected: who rejected it' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was decided; null until then' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
  @Field(() => String, { description: 'The comment given with the decision; null until decided', nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  decisionComment: string | null = null;
  @Property({ version: true }) lock?: number;

  @Field(() => CompensationRulesType, { description: 'The figures' })
  get rules(): CompensationRules {
    return JSON.parse(this.rulesJson) as CompensationRules;
  }
}
