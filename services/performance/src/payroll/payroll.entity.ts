import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, LocalDateScalar, YearMonthScalar } from '@bg/graphql';

export enum PayrollStatus {
  AWAITING_FINANCE = 'AWAITING_FINANCE',
  AWAITING_DEPUTY = 'AWAITING_DEPUTY',
  AWAITING_MANAGER = 'AWAITING_MANAGER',
  SIGNED_OFF = 'SIGNED_OFF',
  FILED = 'FILED',
  REJECTED = 'REJECTED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(PayrollStatus, {
  name: 'PayrollStatus',
  description:
    'AWAITING_* a signature (主办会计 -> 副经理 -> 经理); SIGNED_OFF and FILED are final and immutable; REJECTED (with a reason) and SUPERSEDED (recomputed) runs stay as history',
  valuesConfig: {
    AWAITING_FINANCE: { description: "Waiting for the chief accountant's signature (branch-finance)" },
    AWAITING_DEPUTY: { description: "Waiting for the deputy manager's signature (branch-deputy-manager)" },
    AWAITING_MANAGER: { description: "Waiting for the branch manager's signature (branch-manager)" },
    SIGNED_OFF: { description: 'Signed by all three: the basis for paying; final' },
    FILED: { description: 'Signed off and filed with the brokerage business office; final' },
    REJECTED: { description: 'Rejected by a signer with a reason; kept as history' },
    SUPERSEDED: { description: 'Replaced by a recomputation; kept as history' },
  },
});

export enum PayrollKind {
  REGULAR = 'REGULAR',
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(PayrollKind, {
  name: 'PayrollKind',
  valuesConfig: {
    ADJUSTMENT: { description: 'A correction of a signed month (adjustsRunId), signed off like a regular run' },
    REGULAR: { description: "The branch's month" },
  },
  description:
    "REGULAR: the branch's month; ADJUSTMENT: a correction of a signed month (更正), its lines the differences from what was paid, signed and filed like the month",
});

export enum SignOffStep {
  FINANCE = 'FINANCE',
  DEPUTY = 'DEPUTY',
  MANAGER = 'MANAGER',
}
registerEnumType(SignOffStep, {
  name: 'PayrollSignOffStep',
  valuesConfig: {
    MANAGER: { description: 'branch-manager (营业部经理), last: then the run is the basis for paying' },
    DEPUTY: { description: 'branch-deputy-manager (副经理 / 经理助理), second' },
    FINANCE: { description: 'branch-finance: the chief accountant (主办会计), first' },
  },
  description: 'FINANCE: branch-finance (主办会计); DEPUTY: branch-deputy-manager (副经理/经理助理); MANAGER: branch-manager (经理)',
});

export enum SignOffDecision {
  SIGNED = 'SIGNED',
  REJECTED = 'REJECTED',
}
registerEnumType(SignOffDecision, {
  name: 'PayrollSignOffDecision',
  description: "A signer's decision on a payroll step: signed or rejected",
  valuesConfig: { SIGNED: { description: 'Signed the step' }, REJECTED: { description: 'Rejected the run back to finance with a reason' } },
});

/** A branch's payroll for a month: computed by finance, signed in order, then filed. */
@ObjectType({ description: "A branch's monthly payroll run (营业部客户经理薪酬月报表)" })
@Entity({ tableName: 'payroll_run' })
@Index({ properties: ['branchId', 'month'] })
@Index({ properties: ['month', 'status'] })
export class PayrollRun {
  @Field(() => ID, { description: "The payroll run's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field(() => Int, { description: 'Runs of this branch and month so far, this one included' }) @Property({ type: 'integer' }) revision!: number;
  /**
   * While the run is live: `branch:month` for the regular run (awaiting signatures, signed, filed);
   * `branch:month:adjustment` for an adjustment awaiting signatures, `branch:month:adjustment:<revision>` once signed.
   * Null once rejected or superseded. Unique: one live regular run and one pending adjustment per branch and month.
   */
  @Property({ type: 'string', length: 50, nullable: true, unique: true }) liveKey: string | null = null;
  @Field(() => PayrollStatus, { description: 'Where the payroll run stands' }) @Enum({ items: () => PayrollStatus, type: 'string' }) status: PayrollStatus =
    PayrollStatus.AWAITING_FINANCE;
  @Field(() => ID, { description: 'The compensation standard it was computed under' }) @Property({ type: 'string', length: 36 }) standardId!: string;
  @Field(() => Int, { description: "That standard's version" }) @Property({ type: 'integer' }) standardVersion!: number;
  @Field(() => Int, { description: 'Number of lines (one per client manager paid for the month)' }) @Property({ type: 'integer' }) lineCount!: number;
  @Field(() => FenScalar, { description: 'Sum of gross pay, fen' }) @Property({ type: new BigIntType('number') }) totalGrossFen!: number;
  @Field(() => FenScalar, { description: 'Sum of deductions, fen' }) @Property({ type: new BigIntType('number') }) totalDeductionsFen!: number;
  @Field(() => FenScalar, { description: 'Sum of net pay, fen' }) @Property({ type: new BigIntType('number') }) totalNetFen!: number;
  @Field({ description: 'Who computed it (username)' }) @Property({ type: 'string', length: 100 }) computedBy!: string;
  @Field({ description: 'When it was computed' }) @Property({ type: 'datetime' }) computedAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'Why it was rejected or superseded' })
  @Property({ type: 'string', length: 500, nullable: true })
  closedReason: string | null = null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was filed' }) @Property({ type: 'string', length: 10, nullable: true }) filedOn:
    string | null = null;
  @Field(() => String, { nullable: true, description: 'Who filed it (username)' }) @Property({ type: 'string', length: 100, nullable: true }) filedBy:
    string | null = null;
  /** Optimistic lock: two sign-offs of the same run cannot both commit. */
  @Property({ version: true }) lock?: number;
  // Added with corrections (更正); last, in the order the migration appends them.
  @Field(() => PayrollKind, { description: 'Which kind of payroll run it is' })
  @Enum({ items: () => PayrollKind, type: 'string', default: PayrollKind.REGULAR })
  kind: PayrollKind = PayrollKind.REGULAR;
  @Field(() => ID, { nullable: true, description: 'For an adjustment: the signed regular run it corrects' })
  @Property({ type: 'string', length: 36, nullable: true })
  adjustsRunId: string | null = null;
  @Field(() => String, { nullable: true, description: 'For an adjustment: why the signed month is corrected' })
  @Property({ type: 'string', length: 500, nullable: true })
  adjustmentReason: string | null = null;
}

/** One manager's pay in a run, with how it was computed. Money in fen. */
@ObjectType({ description: "A manager's pay for the month (payslip), with its breakdown; money in fen" })
@Entity({ tableName: 'payroll_line' })
@Index({ properties: ['runId', 'employeeId'] })
@Index({ properties: ['employeeId', 'month'] })
@Index({ properties: ['branchId', 'month'] })
export class PayrollLine {
  @Field(() => ID, { description: "The payroll line's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The payroll run it belongs to' }) @Property({ type: 'string', length: 36 }) runId!: string;
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field({ description: "The employee's name" }) @Property({ type: 'string', length: 100 }) employeeName!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field({ description: 'The level at the end of the month (see levelSegments for each part of it)' }) @Property({ type: 'string', length: 20 }) level!: string;
  // The inputs, as they were when computed.
  @Field(() => Int, { description: '开户数: accounts opened' }) @Property({ type: 'integer' }) newAccounts!: number;
  @Field(() => FenScalar, { description: '新增资产: new assets brought in, fen' }) @Property({ type: new BigIntType('number') }) newAssetsFen!: number;
  @Field(() => FenScalar, { description: '净收入: net revenue from own customers, fen' }) @Property({ type: new BigIntType('number') }) netRevenueFen!: number;
  @Field(() => Int, { name: 'absentDays', description: '旷工: days absent without leave, from the closed month' })
  @Property({ type: 'integer' })
  absent!: number;
  @Field(() => Int, { name: 'lateArrivals', description: '迟到: days arrived late, from the closed month' }) @Property({ type: 'integer' }) late!: number;
  @Field(() => Int, { name: 'earlyLeaves', description: '早退: days left early, from the closed month' }) @Property({ type: 'integer' }) early!: number;
  @Field(() => FenScalar, { description: 'Asset-loss charges settled by this line' }) @Property({ type: new BigIntType('number') }) assetLossFen!: number;
  /** The charges (AssetLossCharge ids, JSON array) this line deducts: marked settled when the run is signed off. */
  @Property({ type: 'text' }) assetLossChargeIds: string = '[]';
  // The breakdown.
  @Field(() => FenScalar, { description: '基本工资' }) @Property({ type: new BigIntType('number') }) baseFen!: number;
  /** Commission per tier as JSON (TierAmount[]). */
  @Property({ type: 'text' }) tiersJson!: string;
  @Field(() => FenScalar, { description: '提成: commission, the sum of the tiers' }) @Property({ type: new BigIntType('number') }) commissionFen!: number;
  @Field(() => FenScalar, { description: '开户奖励' }) @Property({ type: new BigIntType('number') }) newAccountBonusFen!: number;
  @Field(() => FenScalar, { description: '新增资产奖励' }) @Property({ type: new BigIntType('number') }) newAssetsBonusFen!: number;
  @Field(() => FenScalar, { description: 'What the cap on variable pay took off' }) @Property({ type: new BigIntType('number') }) capCutFen!: number;
  @Field(() => FenScalar, { description: '应发合计: gross pay' }) @Property({ type: new BigIntType('number') }) grossFen!: number;
  @Field(() => FenScalar, { description: '缺勤扣款' }) @Property({ type: new BigIntType('number') }) absenceDeductionFen!: number;
  @Field(() => FenScalar, { description: '迟到扣款' }) @Property({ type: new BigIntType('number') }) lateDeductionFen!: number;
  @Field(() => FenScalar, { description: '早退扣款' }) @Property({ type: new BigIntType('number') }) earlyDeductionFen!: number;
  @Field(() => FenScalar, { description: '实物赔偿扣款' }) @Property({ type: new BigIntType('number') }) assetLossDeductionFen!: number;
  @Field(() => FenScalar, { description: '扣款合计' }) @Property({ type: new BigIntType('number') }) deductionsFen!: number;
  @Field(() => FenScalar, { description: 'What the floor added back' }) @Property({ type: new BigIntType('number') }) floorTopUpFen!: number;
  @Field(() => FenScalar, { description: '实发: net pay' }) @Property({ type: new BigIntType('number') }) netFen!: number;
  /** The month's days employed per level in force (LevelSegment[] as JSON): what base pay and the floor were paid for. */
  @Property({ type: 'text', default: '[]' }) levelSegmentsJson: string = '[]';
}

/** Days of a month at one level: base pay is paid per segment, weighted by its days (facts in force). */
@ObjectType({ description: 'Days of the month employed at one level (基本工资 is weighted by them)' })
export class PayLevelSegment {
  @Field({ description: '级别 in force on these days' }) level!: string;
  @Field(() => LocalDateScalar, { description: 'First day of the segment' }) from!: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the segment (inclusive)' }) to!: string;
  @Field(() => Int, { description: 'Calendar days in the segment; base pay is weighted by them over the days of the month' }) days!: number;
}

/** A signature or rejection of a run, in order; who, when, in which role, with what comment. */
@ObjectType({ description: 'A sign-off decision on a payroll run' })
@Entity({ tableName: 'payroll_signature' })
@Index({ properties: ['runId', 'at'] })
export class PayrollSignature {
  @Field(() => ID, { description: "The payroll signature's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The payroll run it belongs to' }) @Property({ type: 'string', length: 36 }) runId!: string;
  @Field(() => SignOffStep, { description: 'Whose signature: finance, deputy or manager (R-4.2, in that order)' })
  @Enum({ items: () => SignOffStep, type: 'string' })
  step!: SignOffStep;
  @Field(() => SignOffDecision, { description: 'Signed or rejected' }) @Enum({ items: () => SignOffDecision, type: 'string' }) decision!: SignOffDecision;
  @Field({ description: 'Username of the signer' }) @Property({ type: 'string', length: 100 }) signedBy!: string;
  @Field(() => ID, { description: "The signer's employee id; null for a user who is no employee", nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  signerEmployeeId: string | null = null;
  @Field({ description: 'When it happened' }) @Property({ type: 'datetime' }) at: Date = new Date();
  @Field({ description: 'A free-text comment' }) @Property({ type: 'string', length: 500 }) comment: string = '';
}
