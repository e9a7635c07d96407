/**
 * at each month's end the lead checks the visit logs (客户走访日志) and writes an opinion
 * (每月末交负责人核实处理情况, 并填写意见); each quarter the lead reports the visits to the branch
 * leadership with an analysis (每季度以报表的形式将走访结果报相关领导, 并进行梳理、分析、评议).
 */
import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, YearMonthScalar, YearQuarterScalar } from '@bg/graphql';

@ObjectType({ description: "The lead's opinion on one manager's visit logs of the month" })
export class VisitLogOpinion {
  @Field(() => ID, { description: 'The visitor' }) employeeId!: string;
  @Field(() => Int, { description: 'Visits they logged in the month' }) visits!: number;
  @Field(() => Int, { description: 'Issues of those visits not yet resolved when reviewed' }) openIssues!: number;
  @Field({ description: "The lead's opinion (意见)" }) opinion!: string;
}

@ObjectType({ description: "A lead's monthly review of the team's customer visit logs (R-2.9)" })
@Entity({ tableName: 'visit_log_review' })
@Unique({ properties: ['teamId', 'month'] })
@Index({ properties: ['branchId', 'month'] })
export class VisitLogReview {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team (营销团队)' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => YearMonthScalar, { description: 'The month reviewed' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field(() => [VisitLogOpinion], { description: 'An opinion per manager who logged visits that month' })
  @Property({ type: 'json' })
  opinions: VisitLogOpinion[] = [];
  @Field({ description: 'Who reviewed (username)' }) @Property({ type: 'string', length: 100 }) reviewedBy!: string;
  @Field({ description: 'When' }) @Property({ type: 'datetime' }) reviewedAt: Date = new Date();
}

@ObjectType({ description: "A team's quarterly customer visit report, submitted by its lead to the branch leadership (R-2.9)" })
@Entity({ tableName: 'visit_report_submission' })
@Unique({ properties: ['teamId', 'quarter'] })
@Index({ properties: ['branchId', 'quarter'] })
export class VisitReportSubmission {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team (营销团队)' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => YearQuarterScalar, { description: 'The quarter, e.g. 2026-Q3' }) @Property({ type: 'string', length: 7 }) quarter!: string;
  @Field(() => LocalDateScalar, { description: 'First day of the quarter' }) @Property({ type: 'string', length: 10 }) from!: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the quarter' }) @Property({ type: 'string', length: 10 }) to!: string;
  /** The figures as submitted (QuarterlyVisitReport's total and byManager), frozen. */
  @Property({ type: 'json' }) figures!: unknown;
  @Field({ description: "The lead's analysis of the visits and of how customers' issues were handled (梳理、分析、评议)" })
  @Property({ type: 'text' })
  analysis!: string;
  @Field({ description: 'Who submitted (username)' }) @Property({ type: 'string', length: 100 }) submittedBy!: string;
  @Field({ description: 'When' }) @Property({ type: 'datetime' }) submittedAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'The branch leader who received it (username)' })
  @Property({ type: 'string', length: 100, nullable: true })
  acknowledgedBy: string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was received' }) @Property({ type: 'datetime', nullable: true }) acknowledgedAt: Date | null =
    null;
}
