import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, YearMonthScalar } from '@bg/graphql';
import type { DutyPoints, LevelRules, LevelTargets, LevelThreshold, PerformanceWeights } from './level-rules';

export enum LevelRulesStatus {
  /** On the approval route. */
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(LevelRulesStatus, {
  name: 'LevelRulesStatus',
  valuesConfig: {
    REJECTED: { description: 'Rejected on the route; never applies' },
    APPROVED: { description: 'Approved: applies from effectiveFrom' },
    SUBMITTED: { description: 'On the R-1.3 approval route' },
  },
  description: 'SUBMITTED while on the R-1.3 approval route; only APPROVED rules apply; REJECTED ones keep the reason',
});

@ObjectType('LevelTargets', {
  description: 'Quarterly figures a level asks for: customers developed and net revenue summed over the quarter, customer assets at its end',
})
@InputType('LevelTargetsInput', { description: 'The targets a manager must reach in a period' })
export class LevelTargetsType implements LevelTargets {
  @Field(() => Int, { description: '开发客户数' }) customersDeveloped!: number;
  @Field(() => FenScalar, { description: '净收入, fen' }) netRevenueFen!: number;
  @Field(() => FenScalar, { description: '客户资产, fen' }) customerAssetsFen!: number;
}

@ObjectType('LevelThreshold', { description: "A level's thresholds: what holding it and moving up from it need" })
@InputType('LevelThresholdInput', { description: 'The thresholds of one level' })
export class LevelThresholdType implements LevelThreshold {
  @Field({ description: 'The client-manager level (级别), e.g. L3' }) level!: string;
  @Field(() => LevelTargetsType, { description: 'Missing any of these in a quarter proposes one level down' }) hold!: LevelTargetsType;
  @Field(() => LevelTargetsType, { nullable: true, description: 'Reaching all of these proposes one level up; null for the top level' })
  promote!: LevelTargetsType | null;
  @Field(() => Float, { description: 'Least duty score to hold the level' }) minDutyScore!: number;
  @Field(() => Float, { description: 'Least duty score to move up' }) promoteDutyScore!: number;
}

@ObjectType('PerformanceWeights', { description: 'Weights of the performance score, percent summing to 100' })
@InputType('PerformanceWeightsInput', { description: 'Weights in percent of the performance figures (adding up to 100)' })
export class PerformanceWeightsType implements PerformanceWeights {
  @Field(() => Int, { description: '开发客户数: customers developed' }) customersDeveloped!: number;
  @Field(() => Int, { description: '净收入: weight of net revenue, percent' }) netRevenue!: number;
  @Field(() => Int, { description: '客户资产: weight of customer assets, percent' }) customerAssets!: number;
}

@ObjectType('DutyPoints', { description: 'Points per duty item: deducted from 100, a passed training adds' })
@InputType('DutyPointsInput', { description: 'Points per duty item (deducted or added)' })
export class DutyPointsType implements DutyPoints {
  @Field(() => Float, { description: 'Points per day absent without leave (旷工), negative' }) perAbsenceDay!: number;
  @Field(() => Float, { description: 'Points per late arrival (迟到), negative' }) perLate!: number;
  @Field(() => Float, { description: 'Points per early leave (早退), negative' }) perEarlyLeave!: number;
  @Field(() => Float, { description: 'Points per required meeting missed (R-2.6), negative' }) perMeetingMissed!: number;
  @Field(() => Float, { description: 'Points per spot check found a discrepancy (R-2.3, R-2.8), negative' }) perSpotCheckDiscrepancy!: number;
  @Field(() => Float, { description: 'Points per customer-visit follow-up overdue (R-2.9), negative' }) perFollowUpOverdue!: number;
  @Field(() => Float, { description: 'Points per training assessment failed (R-6.7), negative' }) perTrainingFailed!: number;
  @Field(() => Float, { description: 'Points per training assessment passed (R-6.7), positive' }) perTrainingPassed!: number;
}

@ObjectType('CombinedWeights', { description: 'Weights of duty and performance in the quarterly and annual score, percent summing to 100' })
@InputType('CombinedWeightsInput', { description: 'Weights of duty and performance in the combined assessment (adding up to 100)' })
export class CombinedWeightsType {
  @Field(() => Int, { description: 'Weight of the duty score, percent' }) duty!: number;
  @Field(() => Int, { description: 'Weight of the performance score, percent (duty + performance = 100)' }) performance!: number;
}

@ObjectType('LevelRules', { description: 'The figures of a version of the level rules' })
@InputType('LevelRulesInput', { description: 'Thresholds per level, weights and duty points' })
export class LevelRulesType implements LevelRules {
  @Field(() => [LevelThresholdType], { description: 'Lowest level first' }) levels!: LevelThresholdType[];
  @Field(() => PerformanceWeightsType, { description: 'Weights of the performance figures in the performance score' })
  performanceWeights!: PerformanceWeightsType;
  @Field(() => Int, { description: 'Achievement above target counts up to this percent (100: none above the target)' }) achievementCapPct!: number;
  @Field(() => DutyPointsType, { description: 'Points per duty item in the duty score' }) dutyPoints!: DutyPointsType;
  @Field(() => CombinedWeightsType, { description: 'Weights of duty and performance in the quarterly and annual score' }) combinedWeights!: CombinedWeightsType;
}

/** A version of the level rules (级别规则, R-4.4): company-wide, in force from a month once approved through. */
@ObjectType({ description: 'A version of the level rules (thresholds per level, R-4.4)' })
@Entity({ tableName: 'level_rule_set' })
@Unique({ properties: ['version'] })
export class LevelRuleSet {
  @Field(() => ID, { description: "The level rule set's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => Int, { description: 'Rises by one with each new version' }) @Property({ type: 'integer' }) version!: number;
  @Field(() => YearMonthScalar, { description: 'First month it applies to (a period is assessed under the rules in force in its last month)' })
  @Property({ type: 'string', length: 7 })
  effectiveFrom!: string;
  @Field({ description: 'The title' }) @Property({ type: 'string', length: 500 }) title!: string;
  /** The figures, as JSON (LevelRules). */
  @Property({ type: 'text' }) rulesJson!: string;
  @Field(() => LevelRulesStatus, { description: 'Where the level rule set stands' })
  @Enum({ items: () => LevelRulesStatus, type: 'string' })
  status: LevelRulesStatus = LevelRulesStatus.SUBMITTED;
  @Field(() => ID, { nullable: true, description: 'The approval request (R-1.3) it went through' })
  @Property({ type: 'string', length: 36, nullable: true })
  approvalId: string | null = null;
  @Field({ description: 'Who created it (username)' }) @Property({ type: 'string', length: 100 }) createdBy!: string;
  @Field({ description: 'When it was created' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'The VP who approved it' }) @Property({ type: 'string', length: 100, nullable: true }) approvedBy:
    string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was decided; null until then' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
  @Field(() => String, { nullable: true, description: 'The reason of a rejection' })
  @Property({ type: 'string', length: 1000, nullable: true })
  rejectionReason: string | null = null;

  @Field(() => LevelRulesType, { description: 'The figures' })
  get rules(): LevelRules {
    return JSON.parse(this.rulesJson) as LevelRules;
  }
}
