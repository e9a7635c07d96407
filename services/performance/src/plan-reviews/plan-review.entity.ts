import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, PeriodScalar } from '@bg/graphql';

export enum PlanReviewCadence {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(PlanReviewCadence, {
  name: 'PlanReviewCadence',
  description: 'How often the team lead reviews the plan (计划回顾)',
  valuesConfig: {
    MONTH: { description: 'Every month (periods like 2026-07)' },
    QUARTER: { description: 'Every quarter (periods like 2026-Q3)' },
  },
});

/**
 * 计划回顾 (第五条): the team lead's review of the team's plan for a month or quarter: progress
 * against the approved plan's goals filled in from the data when recorded, the lead's findings and
 * corrective actions. One per team and period; recording it again makes a new version (the
 * earlier one stays as history, superseded).
 */
@ObjectType({
  description: "A team lead's review of the team's plan for a month or quarter (计划回顾, 第五条): progress from the data, findings, corrective actions",
})
@Entity({ tableName: 'plan_review' })
@Unique({ properties: ['teamId', 'period', 'version'] })
@Index({ properties: ['teamId', 'supersededById', 'period'] })
export class PlanReview {
  @Field(() => ID, { description: "The review's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) of the team' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team (营销团队) whose plan is reviewed' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => PeriodScalar, { description: 'The month (2026-07) or quarter (2026-Q3) reviewed' }) @Property({ type: 'string', length: 7 }) period!: string;
  @Field(() => Int, { description: "The review's version for this team and period: 1, then 2 when it is recorded again" })
  @Property({ type: 'integer' })
  version!: number;
  @Field(() => ID, { description: 'The approved work plan reviewed' }) @Property({ type: 'string', length: 36 }) planId!: string;
  @Field(() => Int, { description: 'Its version' }) @Property({ type: 'integer' }) planVersion!: number;
  @Field(() => LocalDateScalar, { description: 'The day of the review' }) @Property({ type: 'string', length: 10 }) reviewedOn!: string;
  @Field({ description: "The lead's findings on the progress (回顾)" }) @Property({ type: 'text' }) findings!: string;
  @Field({ description: 'How shortfalls are to be corrected (及时改正工作中的不足); may be empty when the team is on track' })
  @Property({ type: 'text' })
  correctiveActions!: string;
  /** The figures (PlanReviewFigures) as JSON, taken from the data when the review was recorded. */
  @Property({ type: 'text' }) figuresJson!: string;
  @Field({ description: 'Who recorded it (username): the team lead' }) @Property({ type: 'string', length: 100 }) reviewedBy!: string;
  @Field(() => ID, { nullable: true, description: 'The lead as an employee; null if their token names none' })
  @Property({ type: 'string', length: 36, nullable: true })
  reviewerEmployeeId: string | null = null;
  @Field(() => Date, { description: 'When it was recorded' }) @Property({ type: 'datetime' }) recordedAt: Date = new Date();
  @Field(() => ID, { nullable: true, description: 'The later version that replaced it; null for the current one' })
  @Property({ type: 'string', length: 36, nullable: true })
  supersededById: string | null = null;
}
