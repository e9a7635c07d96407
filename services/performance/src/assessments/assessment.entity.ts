import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, LocalDateScalar, PeriodScalar } from '@bg/graphql';
import type { Direction, LevelTargets } from '../levels/level-rules';
import type { DutyScore, PerformanceScore } from './scoring';

export enum AssessmentCycle {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  ANNUAL = 'ANNUAL',
}
registerEnumType(AssessmentCycle, {
  name: 'AssessmentCycle',
  valuesConfig: {
    ANNUAL: { description: 'Comprehensive evaluation of a year: adjusts the level' },
    QUARTERLY: { description: 'Combined assessment of a quarter (duty and performance): proposes a level up or down' },
    MONTHLY: { description: "业绩考核 of a month: sets the month's commission" },
  },
  description:
    'MONTHLY performance assessment (业绩考核, period 2026-08); QUARTERLY combined assessment (2026-Q3) and ANNUAL comprehensive evaluation (2026), both with a level proposal',
});

export enum AssessmentStatus {
  /** A monthly assessment: nothing to confirm. */
  COMPLETED = 'COMPLETED',
  /** A quarterly or annual one, its level proposal awaiting the branch manager. */
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  /** Replaced by a re-run of the period (kept as history). */
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  valuesConfig: {
    SUPERSEDED: { description: 'Replaced by a later run of the same cycle and period (kept as history)' },
    REJECTED: { description: 'The level proposal was rejected (decisionComment says why)' },
    CONFIRMED: { description: 'The level proposal was confirmed (LevelChangeApproved on a change)' },
    PROPOSED: { description: 'A level proposal waiting for its decision' },
    COMPLETED: { description: 'A monthly assessment: done, nothing to decide' },
  },
  description:
    'COMPLETED (monthly); PROPOSED -> CONFIRMED or REJECTED by the branch manager (quarterly, annual); SUPERSEDED by a re-run. CONFIRMED ones never change.',
});

export enum LevelDirection {
  UP = 'UP',
  DOWN = 'DOWN',
  KEEP = 'KEEP',
}
registerEnumType(LevelDirection, {
  name: 'LevelDirection',
  valuesConfig: { KEEP: { description: 'Keep the level' }, DOWN: { description: 'One level down' }, UP: { description: 'One level up' } },
  description: 'The level proposal: one level up, one down, or keep',
});

@ObjectType('PerformanceComponent', { description: 'One part of the performance score: points = weight x achievement (actual / target, capped)' })
export class PerformanceComponentType {
  @Field({ description: 'customersDeveloped, netRevenue or customerAssets' }) name!: string;
  @Field({ description: 'COUNT or FEN' }) unit!: string;
  @Field(() => Float, { description: "The manager's figure in the period (a count, or fen for netRevenue and customerAssets)" }) actual!: number;
  @Field(() => Float, { description: "The level's hold target scaled to the period" }) target!: number;
  @Field(() => Int, { description: 'Weight in percent' }) weight!: number;
  @Field(() => Float, { description: "actual / target in percent, capped at the level rules' achievementCapPct" }) achievementPct!: number;
  @Field(() => Float, { description: "weight x achievementPct / 100: this part's share of the performance score" }) points!: number;
}

@ObjectType('DutyComponent', { description: 'One duty item: points = count x pointsEach (negative: a deduction)' })
export class DutyComponentType {
  @Field({
    description:
      'The item counted: absentDays, lateArrivals, earlyLeaves, meetingsMissed, meetingsNotHeld, activitiesMissed, spotCheckDiscrepancies, followUpsOverdue, trainingsFailed, trainingsPassed',
  })
  name!: string;
  @Field(() => Int, { description: 'How many times it happened in the period (days, meetings, checks, trainings)' }) count!: number;
  @Field(() => Float, { description: 'Points per occurrence under the level rules (negative: a deduction)' }) pointsEach!: number;
  @Field(() => Float, { description: 'count x pointsEach' }) points!: number;
}

@ObjectType('AssessmentFigures', { description: 'The performance figures of the period: flows summed, customer assets of its last month' })
export class AssessmentFiguresType implements LevelTargets {
  @Field(() => Int, { description: '开发客户数: customers developed' }) customersDeveloped!: number;
  @Field(() => FenScalar, { description: '净收入: net revenue from own customers, fen' }) netRevenueFen!: number;
  @Field(() => FenScalar, { description: '客户资产: assets of own customers, fen' }) customerAssetsFen!: number;
}

/** How a score was computed, kept as it was at the run. */
export interface AssessmentDetails {
  figures: LevelTargets;
  performance: PerformanceScore;
  duty: DutyScore | null;
  combinedWeights: { duty: number; performance: number } | null;
  commissionStandardVersion: number | null;
  proposalReasons: string[];
}

/** One manager's assessment of one period. */
@ObjectType({ description: "A manager's assessment of a period, with how every score was computed" })
@Entity({ tableName: 'assessment' })
@Index({ properties: ['branchId', 'cycle', 'period'] })
@Index({ properties: ['employeeId', 'cycle'] })
export class Assessment {
  @Field(() => ID, { description: "The assessment's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => AssessmentCycle, { description: 'Monthly, quarterly or annual' })
  @Enum({ items: () => AssessmentCycle, type: 'string' })
  cycle!: AssessmentCycle;
  @Field(() => PeriodScalar, { description: 'The period assessed: a month (2026-08) for MONTHLY, a quarter (2026-Q3) for QUARTERLY, a year (2026) for ANNUAL' })
  @Property({ type: 'string', length: 7 })
  period!: string;
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field({ description: "The employee's name" }) @Property({ type: 'string', length: 100 }) employeeName!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field(() => ID, { nullable: true, description: 'The group (小组) it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) groupId:
    string | null = null;
  @Field({ description: 'The level when assessed' }) @Property({ type: 'string', length: 20 }) level!: string;
  @Field(() => Int, { description: 'The level rules version it was scored under' }) @Property({ type: 'integer' }) levelRulesVersion!: number;
  @Field(() => Float, { description: 'Monthly: the performance score; quarterly and annual: duty and performance combined' })
  @Property({ type: 'double' })
  score!: number;
  @Field(() => Float, { description: 'The performance score (业绩考核, 0-100): the sum of performanceComponents' })
  @Property({ type: 'double' })
  performanceScore!: number;
  @Field(() => Float, { nullable: true, description: 'Quarterly and annual only' }) @Property({ type: 'double', nullable: true }) dutyScore: number | null =
    null;
  @Field(() => FenScalar, { nullable: true, description: "Monthly: the net revenue the month's commission is computed on (negative counts as 0)" })
  @Property({ type: new BigIntType('number'), nullable: true })
  commissionBasisFen: number | null = null;
  @Field(() => FenScalar, {
    nullable: true,
    description: 'Monthly: the commission on that basis under the approved compensation standard (payroll pays it); null without a standard',
  })
  @Property({ type: new BigIntType('number'), nullable: true })
  commissionFen: number | null = null;
  @Field(() => LevelDirection, { description: 'Quarterly and annual: the level proposal (up, down, keep); null for monthly', nullable: true })
  @Enum({ items: () => LevelDirection, type: 'string', nullable: true })
  proposal: LevelDirection | null = null;
  @Field(() => String, { nullable: true, description: 'The level proposed (the same level on KEEP)' })
  @Property({ type: 'string', length: 20, nullable: true })
  proposedLevel: string | null = null;
  @Field(() => AssessmentStatus, { description: 'Where the assessment stands' })
  @Enum({ items: () => AssessmentStatus, type: 'string' })
  status!: AssessmentStatus;
  /** `<employee>:<cycle>:<period>` while it is the period's live result; null once superseded. */
  @Unique() @Property({ type: 'string', length: 80, nullable: true }) liveKey: string | null = null;
  /** AssessmentDetails as JSON. */
  @Property({ type: 'text' }) detailsJson!: string;
  @Field({ description: 'Who ran the cycle that produced it (username)' }) @Property({ type: 'string', length: 100 }) runBy!: string;
  @Field({ description: 'When it was computed' }) @Property({ type: 'datetime' }) runAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'Who decided it (username); null until then' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was decided; null until then' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
  @Field(() => String, { nullable: true, description: 'Why the proposal was rejected, or the comment of a confirmation' })
  @Property({ type: 'string', length: 1000, nullable: true })
  decisionComment: string | null = null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When a confirmed level change takes effect' })
  @Property({ type: 'string', length: 10, nullable: true })
  effectiveOn: string | null = null;
  @Property({ version: true }) lock?: number;

  get details(): AssessmentDetails {
    return JSON.parse(this.detailsJson) as AssessmentDetails;
  }

  @Field(() => AssessmentFiguresType, { description: "The period's figures the scores were computed from" }) get figures(): LevelTargets {
    return this.details.figures;
  }

  @Field(() => [PerformanceComponentType], { description: 'The performance score, part by part (it is their sum)' })
  get performanceComponents(): PerformanceComponentType[] {
    return this.details.performance.components;
  }

  @Field(() => [DutyComponentType], { description: 'The duty score: 100 plus these points, kept within 0..100 (empty for a monthly assessment)' })
  get dutyComponents(): DutyComponentType[] {
    return this.details.duty?.components ?? [];
  }

  @Field(() => Int, { nullable: true, description: 'Percent weight of the duty score in the combined score' })
  get dutyWeight(): number | null {
    return this.details.combinedWeights?.duty ?? null;
  }

  @Field(() => Int, { nullable: true, description: 'Percent weight of the performance score in the combined score' })
  get performanceWeight(): number | null {
    return this.details.combinedWeights?.performance ?? null;
  }

  @Field(() => [String], { description: 'Why the level proposal is what it is' })
  get proposalReasons(): string[] {
    return this.details.proposalReasons;
  }
}

export const directionOf = (d: Direction): LevelDirection => LevelDirection[d];
