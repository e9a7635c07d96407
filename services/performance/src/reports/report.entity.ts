import { randomUUID } from 'node:crypto';
import { PeriodScalar } from '@bg/graphql';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReportKind {
  MONTHLY = 'MONTHLY',
  HALF_YEAR = 'HALF_YEAR',
  ANNUAL = 'ANNUAL',
}
registerEnumType(ReportKind, {
  name: 'AnalysisReportKind',
  description: 'MONTHLY (period 2026-03), HALF_YEAR (2026-H1), ANNUAL (2026)',
  valuesConfig: {
    MONTHLY: { description: "A month's report" },
    HALF_YEAR: { description: "A half year's report" },
    ANNUAL: { description: "A year's report" },
  },
});

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(ReportStatus, {
  name: 'AnalysisReportStatus',
  valuesConfig: {
    SUBMITTED: { description: 'Submitted and archived; the figures are frozen' },
    DRAFT: { description: 'The lead is editing it; the figures follow the data' },
  },
  description: 'DRAFT (the lead edits it; the figures follow the data) -> SUBMITTED (immutable, archived, figures frozen)',
});

/** A team's business analysis report (经营分析报告, R-1.6). */
@ObjectType({ description: "A team's business analysis report (经营分析报告, R-1.6): figures from the data and the lead's analysis" })
@Entity({ tableName: 'analysis_report' })
@Unique({ properties: ['teamId', 'kind', 'period'] })
@Index({ properties: ['branchId', 'status'] })
export class AnalysisReport {
  @Field(() => ID, { description: "The analysis report's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team it belongs to' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => ReportKind, { description: 'Which kind of analysis report it is' }) @Enum({ items: () => ReportKind, type: 'string' }) kind!: ReportKind;
  @Field(() => PeriodScalar, { description: 'A month (2026-03) for MONTHLY, a half year (2026-H1) for HALF_YEAR, a year (2026) for ANNUAL' })
  @Property({ type: 'string', length: 7 })
  period!: string;
  @Field(() => ReportStatus, { description: 'Where the analysis report stands' }) @Enum({ items: () => ReportStatus, type: 'string' }) status: ReportStatus =
    ReportStatus.DRAFT;
  @Field({ description: "The team's own analysis" }) @Property({ type: 'text' }) analysis: string = '';
  /** The figures (ReportFigures) as JSON: refreshed while a draft is saved, frozen at submission. */
  @Property({ type: 'text' }) figuresJson!: string;
  @Field(() => ID, { nullable: true, description: 'The approved plan the targets come from (null: none applies)' })
  @Property({ type: 'string', length: 36, nullable: true })
  planId: string | null = null;
  @Field(() => Int, { description: 'The version of that plan (null: none applies)', nullable: true })
  @Property({ type: 'integer', nullable: true })
  planVersion: number | null = null;
  @Field({ description: 'Who wrote it (username: the team lead)' }) @Property({ type: 'string', length: 100 }) writtenBy!: string;
  @Field({ description: 'When it last changed' }) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'Who submitted it (username)' }) @Property({ type: 'string', length: 100, nullable: true }) submittedBy:
    string | null = null;
  @Field(() => Date, { nullable: true, description: 'Submitted and archived' }) @Property({ type: 'datetime', nullable: true }) submittedAt: Date | null = null;
  @Property({ version: true }) lock?: number;
}
