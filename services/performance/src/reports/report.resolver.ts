import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { hasRole } from '@bg/auth';
import { Connection, decodeCursor, ForbiddenError, PageInput, toPage, type RequestContext, PeriodScalar, YearMonthScalar } from '@bg/graphql';
import { isHeadOffice } from '../access';
import { PersonProgress, ProgressAgainstTarget } from '../goals/progress.types';
import { AnalysisReport, ReportKind, ReportStatus } from './report.entity';
import { canReadReport, loadReport, mayWriteReport, saveReportDraft, submitReport, type ReportFigures } from './report.service';

@ObjectType({ description: "A report's figures, filled in from the data: progress against the approved plan's goals per manager and for the team" })
class AnalysisReportFigures {
  @Field(() => ID, { nullable: true, description: 'The work plan it belongs to' }) planId!: string | null;
  @Field(() => Int, { description: 'The version of that plan', nullable: true }) planVersion!: number | null;
  @Field(() => [YearMonthScalar], { description: 'The months the report covers' }) months!: string[];
  @Field(() => [PersonProgress], { description: "Each manager's progress against their goals" }) people!: PersonProgress[];
  @Field(() => ProgressAgainstTarget, { description: "The team's progress against the plan" }) team!: ProgressAgainstTarget;
}

@InputType({ description: 'An analysis report to write (R-1.6)' })
class AnalysisReportInput {
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field(() => ReportKind, { description: 'Monthly, half-year or annual' }) kind!: ReportKind;
  @Field(() => PeriodScalar, { description: 'A month (2026-03) for MONTHLY, a half year (2026-H1) for HALF_YEAR, a year (2026) for ANNUAL' }) period!: string;
  @Field({ description: "The team's own analysis" }) analysis!: string;
}

@ObjectType()
class AnalysisReportConnection extends Connection(AnalysisReport) {}

@InputType({ description: 'Narrows the analysis-report list' })
class AnalysisReportFilter {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) branchId?: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) teamId?: string;
  @Field(() => ReportKind, { description: 'Only reports of this kind', nullable: true }) kind?: ReportKind;
  @Field(() => PeriodScalar, { nullable: true, description: 'Only reports of this period' }) period?: string;
}

@ArgsType()
class AnalysisReportsArgs {
  @Field(() => AnalysisReportFilter, { nullable: true, description: 'Which reports: branch, team, kind, period (all you may see when omitted)' })
  filter?: AnalysisReportFilter;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@Resolver(() => AnalysisReport)
export class AnalysisReportResolver {
  @Authorized('team-lead')
  @Mutation(() => AnalysisReport, {
    description: "Save the draft of a team's analysis report (R-1.6; the team's lead): the text is yours, the figures are filled in from the data",
  })
  saveAnalysisReport(
    @Arg('input', { description: 'What to record (see the input type)' }) input: AnalysisReportInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return saveReportDraft(em, principal, input);
  }

  @Authorized('team-lead')
  @Mutation(() => AnalysisReport, {
    description: 'Submit the report: the figures are frozen, it becomes immutable and archived, visible to the branch management and head office',
  })
  submitAnalysisReport(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em, principal }: RequestContext) {
    return submitReport(em, principal, id);
  }

  @Authorized()
  @Query(() => AnalysisReportConnection, {
    description:
      "Reports, newest first: a team lead their team's (drafts too); branch manager and deputy their branch's submitted ones; head office all submitted",
  })
  async analysisReports(@Args() { filter, page }: AnalysisReportsArgs, @Ctx() { em, principal }: RequestContext) {
    const where: FilterQuery<AnalysisReport> = {};
    if (isHeadOffice(principal)) {
      where.status = ReportStatus.SUBMITTED;
      if (filter?.branchId) where.branchId = filter.branchId;
    } else if (principal.branchId && hasRole(principal, 'branch-manager', 'branch-deputy-manager')) {
      if (filter?.branchId && filter.branchId !== principal.branchId) throw new ForbiddenError(`You read the reports of branch ${principal.branchId} only`);
      Object.assign(where, { status: ReportStatus.SUBMITTED, branchId: principal.branchId });
    } else if (principal.teamId && mayWriteReport(principal, principal.teamId)) {
      if (filter?.teamId && filter.teamId !== principal.teamId) throw new ForbiddenError(`You read the reports of team ${principal.teamId} only`);
      where.teamId = principal.teamId;
    } else throw new ForbiddenError('Your role does not let you read analysis reports');
    if (filter?.teamId) where.teamId = filter.teamId;
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.period) where.period = filter.period;
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(AnalysisReport, where, {
      orderBy: { period: 'desc', teamId: 'asc', kind: 'asc' },
      limit: page?.first ?? 50,
      offset,
    });
    return toPage(nodes, total, offset);
  }

  @Authorized()
  @Query(() => AnalysisReport, {
    description:
      "One analysis report (经营分析报告, R-1.6): the team's lead always; once submitted also the branch's manager and deputy and head office; FORBIDDEN otherwise, NOT_FOUND for an unknown id",
  })
  async analysisReport(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em, principal }: RequestContext) {
    const r = await loadReport(em, id);
    if (!canReadReport(principal, r)) throw new ForbiddenError('You may not read this report');
    return r;
  }

  @FieldResolver(() => AnalysisReportFigures, { description: 'The figures, filled in from the data (frozen once submitted)' })
  figures(@Root() r: AnalysisReport): ReportFigures {
    return JSON.parse(r.figuresJson) as ReportFigures;
  }
}
