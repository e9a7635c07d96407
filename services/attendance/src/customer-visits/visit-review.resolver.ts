/**
 * R-2.9 (issue 16 item 8): the lead's monthly review of the team's visit logs, with an opinion per
 * visitor, and the team's quarterly visit report submitted to the branch leadership, who receive it.
 */
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, YearMonthScalar, YearQuarterScalar, type RequestContext } from '@bg/graphql';
import { now, today } from '../common/clock';
import { firstDay, lastDay, quarterRange } from '../common/dates';
import { actsForBranch, canSeeBranch, leadsTeam, teamOf, visibleTeam } from '../common/scope';
import { CustomerVisit, IssueStatus, VisitIssue } from './customer-visit.entity';
import { VisitReportLine, reportFigures } from './customer-visit.resolver';
import { reviewProblems } from './customer-visit.rules';
import { VisitLogOpinion, VisitLogReview, VisitReportSubmission } from './visit-review.entity';

@InputType({ description: "The lead's opinion on one manager's visit logs" })
class VisitLogOpinionInput {
  @Field(() => ID, { description: 'The visitor' }) employeeId!: string;
  @Field({ description: 'The opinion (意见): how the visits and the issues raised were handled' }) opinion!: string;
}

const LEADERSHIP = ['branch-manager', 'branch-deputy-manager'] as const;

@Resolver(() => VisitLogReview)
export class VisitLogReviewResolver {
  @Authorized('team-lead')
  @Mutation(() => VisitLogReview, {
    description:
      "Record the month's review of the team's visit logs (R-2.9, 每月末核实并填写意见): an opinion on every visitor of the month; once per team and month (the team's lead)",
  })
  async reviewVisitLogs(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month reviewed (ended)' }) month: string,
    @Arg('opinions', () => [VisitLogOpinionInput], { description: 'An opinion per manager who logged visits that month' }) opinions: VisitLogOpinionInput[],
    @Ctx() { em, principal }: RequestContext,
  ): Promise<VisitLogReview> {
    const team = await teamOf(em, teamId);
    if (!leadsTeam(principal, teamId)) throw new ForbiddenError(`Only the lead of team ${teamId} reviews its visit logs`);
    const done = await em.findOne(VisitLogReview, { teamId, month });
    if (done) throw new ConflictError(`The visit logs of ${month} were reviewed by ${done.reviewedBy}`);
    const range = { $gte: firstDay(month), $lte: lastDay(month) };
    const [visits, issues] = await Promise.all([
      em.find(CustomerVisit, { teamId, date: range }, { fields: ['employeeId'] }),
      em.find(VisitIssue, { teamId, raisedOn: range, status: { $ne: IssueStatus.RESOLVED } }, { fields: ['employeeId'] }),
    ]);
    const visitors = [...new Set(visits.map((v) => v.employeeId))].sort();
    const problems = reviewProblems(month, today(), visitors, opinions);
    if (problems.length) throw new BadInputError('The review is not complete', problems);
    const count = (rows: Array<{ employeeId: string }>, id: string) => rows.filter((r) => r.employeeId === id).length;
    const review = em.create(VisitLogReview, {
      branchId: team.branchId,
      teamId,
      month,
      opinions: opinions.map((o) =>
        Object.assign(new VisitLogOpinion(), {
          employeeId: o.employeeId,
          visits: count(visits, o.employeeId),
          openIssues: count(issues, o.employeeId),
          opinion: o.opinion.trim(),
        }),
      ),
      reviewedBy: principal.username,
      reviewedAt: now(),
    } as VisitLogReview);
    await em.flush();
    return review;
  }

  @Authorized()
  @Query(() => [VisitLogReview], { description: "The monthly reviews of a team's visit logs (team scope), newest first" })
  async visitLogReviews(@Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string, @Ctx() { em, principal }: RequestContext) {
    await visibleTeam(em, principal, teamId);
    return em.find(VisitLogReview, { teamId }, { orderBy: { month: 'desc' } });
  }

  @Authorized('team-lead')
  @Mutation(() => VisitReportSubmission, {
    description:
      "Submit the team's quarterly visit report to the branch leadership (R-2.9): the quarter's figures, frozen, with the lead's analysis; once per team and quarter (the team's lead)",
  })
  async submitQuarterlyVisitReport(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('quarter', () => YearQuarterScalar, { description: 'The quarter, e.g. 2026-Q3, ended (BAD_USER_INPUT while it runs)' }) quarter: string,
    @Arg('analysis', { description: "The lead's analysis: the visits, the customers' issues and how they were handled" }) analysis: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<VisitReportSubmission> {
    const team = await teamOf(em, teamId);
    if (!leadsTeam(principal, teamId)) throw new ForbiddenError(`Only the lead of team ${teamId} submits its visit report`);
    const range = quarterRange(quarter);
    const problems = [];
    if (!range) problems.push({ field: 'quarter', problem: 'write YYYY-Qn, e.g. 2026-Q3' });
    else if (range.to >= today()) problems.push({ field: 'quarter', problem: 'a quarter is reported after it ended' });
    if (!analysis.trim()) problems.push({ field: 'analysis', problem: 'write the analysis' });
    else if (analysis.length > 8000) problems.push({ field: 'analysis', problem: 'at most 8000 characters' });
    if (problems.length) throw new BadInputError('The visit report is not complete', problems);
    const done = await em.findOne(VisitReportSubmission, { teamId, quarter });
    if (done) throw new ConflictError(`Team ${teamId}'s visit report of ${quarter} was submitted by ${done.submittedBy}`);
    const report = em.create(VisitReportSubmission, {
      branchId: team.branchId,
      teamId,
      quarter,
      ...range!,
      figures: await reportFigures(em, { branchId: team.branchId, teamId }, range!),
      analysis: analysis.trim(),
      submittedBy: principal.username,
      submittedAt: now(),
    } as VisitReportSubmission);
    await em.flush();
    return report;
  }

  @Authorized('branch-manager', 'branch-deputy-manager')
  @Mutation(() => VisitReportSubmission, { description: "Acknowledge receipt of a team's quarterly visit report (the branch's manager or deputy), once" })
  async acknowledgeVisitReport(@Arg('reportId', () => ID, { description: 'The submitted report' }) reportId: string, @Ctx() { em, principal }: RequestContext) {
    const report = await em.findOne(VisitReportSubmission, reportId);
    if (!report) throw new NotFoundError('VisitReportSubmission', reportId);
    if (!actsForBranch(principal, report.branchId, ...LEADERSHIP))
      throw new ForbiddenError(`Only branch ${report.branchId}'s leadership receives its visit reports`);
    if (report.acknowledgedBy) throw new ConflictError(`Received by ${report.acknowledgedBy}`);
    Object.assign(report, { acknowledgedBy: principal.username, acknowledgedAt: now() });
    await em.flush();
    return report;
  }

  @Authorized()
  @Query(() => [VisitReportSubmission], {
    description: "Teams' submitted quarterly visit reports of a branch (its leadership and staff, head office) or of one team (its lead too), newest first",
  })
  async visitReports(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('teamId', () => ID, { nullable: true, description: 'Only this team' }) teamId: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (teamId) {
      const team = await visibleTeam(em, principal, teamId);
      if (team.branchId !== branchId)
        throw new BadInputError(`Team ${teamId} is not in branch ${branchId}`, [{ field: 'teamId', problem: `not in ${branchId}` }]);
    } else if (!canSeeBranch(principal, branchId)) throw new ForbiddenError(`You may not see branch ${branchId}'s visit reports`);
    return em.find(VisitReportSubmission, { branchId, ...(teamId ? { teamId } : {}) }, { orderBy: { quarter: 'desc', teamId: 'asc' } });
  }
}

@Resolver(() => VisitReportSubmission)
export class VisitReportSubmissionResolver {
  @FieldResolver(() => VisitReportLine, { description: 'The team total as submitted' })
  total(@Root() r: VisitReportSubmission): VisitReportLine {
    return (r.figures as { total: VisitReportLine }).total;
  }

  @FieldResolver(() => [VisitReportLine], { description: 'Per manager, as submitted' })
  byManager(@Root() r: VisitReportSubmission): VisitReportLine[] {
    return (r.figures as { byManager: VisitReportLine[] }).byManager;
  }
}
