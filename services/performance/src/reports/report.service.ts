/**
 * monthly, half-year and annual team analysis reports: the figures filled in from the data
 * (progress against the approved plan's goals, per manager and for the team) and the lead's text.
 * A draft follows the data; once submitted it is immutable (archived) and visible to the branch's
 * management and head office.
 */
import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { hasRole, type Principal } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, localDate } from '@bg/graphql';
import { recordEvent } from '@bg/events';
import { isHeadOffice } from '../access';
import { teamProgress, type TeamProgressFigures } from '../goals/goal.service';
import { monthsOf, periodKind, type PeriodKind } from '../goals/periods';
import { approvedPlanFor } from '../plans/plan.service';
import { AnalysisReport, ReportKind, ReportStatus } from './report.entity';

const PERIOD_OF: Record<ReportKind, { kind: PeriodKind; example: string }> = {
  [ReportKind.MONTHLY]: { kind: 'MONTH', example: '2026-03' },
  [ReportKind.HALF_YEAR]: { kind: 'HALF_YEAR', example: '2026-H1' },
  [ReportKind.ANNUAL]: { kind: 'YEAR', example: '2026' },
};

/** The lead of the team writes and submits its reports. */
export const mayWriteReport = (p: Principal, teamId: string): boolean => hasRole(p, 'team-lead') && p.teamId === teamId;

/** Drafts: the team's lead. Submitted: also the branch's manager and deputy, and head office. */
export function canReadReport(p: Principal, r: Pick<AnalysisReport, 'branchId' | 'teamId' | 'status'>): boolean {
  if (mayWriteReport(p, r.teamId)) return true;
  if (r.status !== ReportStatus.SUBMITTED) return false;
  return isHeadOffice(p) || (p.branchId === r.branchId && hasRole(p, 'branch-manager', 'branch-deputy-manager'));
}

export interface ReportFigures extends TeamProgressFigures {
  planId: string | null;
  planVersion: number | null;
}

/** The figures of a team's period: against the approved plan covering its first month, if any. */
export async function reportFigures(em: EntityManager, team: { branchId: string; teamId: string }, months: string[]): Promise<ReportFigures> {
  const plan = await approvedPlanFor(em, team.teamId, months[0]);
  let progress: TeamProgressFigures;
  try {
    progress = await teamProgress(em, plan, team, months);
  } catch (e) {
    if (!(e instanceof BadInputError)) throw e;
    progress = await teamProgress(em, null, team, months); // goals by quarter, a monthly report: figures without targets
  }
  return { ...progress, planId: plan?.id ?? null, planVersion: plan?.version ?? null };
}

export async function loadReport(em: EntityManager, id: string): Promise<AnalysisReport> {
  const r = await em.findOne(AnalysisReport, id);
  if (!r) throw new NotFoundError('Analysis report', id);
  return r;
}

function refresh(r: AnalysisReport, f: ReportFigures) {
  Object.assign(r, { figuresJson: JSON.stringify(f), planId: f.planId, planVersion: f.planVersion, updatedAt: new Date() });
}

async function commit<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof OptimisticLockError || e instanceof UniqueConstraintViolationException)
      throw new ConflictError('Someone else changed this report at the same time; reload it and try again');
    throw e;
  }
}

/** The lead saves the draft of a team's report (creating it, or updating its text); the figures are filled in from the data. */
export async function saveReportDraft(
  em: EntityManager,
  p: Principal,
  input: { teamId: string; kind: ReportKind; period: string; analysis: string },
): Promise<AnalysisReport> {
  if (!mayWriteReport(p, input.teamId) || !p.branchId) throw new ForbiddenError(`Reports of team ${input.teamId} are written by its lead (team-lead)`);
  const want = PERIOD_OF[input.kind];
  const problems = [];
  if (periodKind(input.period) !== want.kind)
    problems.push({ field: 'period', problem: `a ${input.kind.toLowerCase().replace('_', '-')} report is for a period like ${want.example}` });
  if (input.analysis.length > 50_000) problems.push({ field: 'analysis', problem: 'at most 50,000 characters' });
  if (problems.length) throw new BadInputError('The report cannot be saved', problems);
  const figures = await reportFigures(em, { branchId: p.branchId, teamId: input.teamId }, monthsOf(input.period)!);
  return commit(async () => {
    let r = await em.findOne(AnalysisReport, { teamId: input.teamId, kind: input.kind, period: input.period });
    if (r?.status === ReportStatus.SUBMITTED)
      throw new ConflictError(`The ${input.period} report was submitted on ${r.submittedAt!.toISOString().slice(0, 10)} and can no longer change`);
    r ??= em.create(AnalysisReport, {
      branchId: p.branchId!,
      teamId: input.teamId,
      kind: input.kind,
      period: input.period,
      writtenBy: p.username,
    } as AnalysisReport);
    r.analysis = input.analysis.trim();
    r.writtenBy = p.username;
    refresh(r, figures);
    await em.flush();
    return r;
  });
}

/** The lead submits it: the figures are filled in one last time and frozen; from now on it is immutable and archived. */
export async function submitReport(em: EntityManager, p: Principal, id: string): Promise<AnalysisReport> {
  const r = await loadReport(em, id);
  if (!mayWriteReport(p, r.teamId)) throw new ForbiddenError(`Reports of team ${r.teamId} are submitted by its lead (team-lead)`);
  if (r.status === ReportStatus.SUBMITTED) throw new ConflictError(`The ${r.period} report was already submitted`);
  if (!r.analysis.trim())
    throw new BadInputError('Write the analysis before submitting', [{ field: 'analysis', problem: "the team's own analysis is part of the report" }]);
  refresh(r, await reportFigures(em, r, monthsOf(r.period)!));
  Object.assign(r, { status: ReportStatus.SUBMITTED, submittedBy: p.username, submittedAt: new Date() });
  // R-6.5 (issue 16 item 13): personnel files the submitted report in the archive, by event
  recordEvent(em, 'performance', 'AnalysisReportSubmitted', r.id, {
    reportId: r.id,
    branchId: r.branchId,
    teamId: r.teamId,
    kind: r.kind,
    period: r.period,
    submittedBy: p.username,
    submittedOn: localDate(),
  });
  await commit(() => em.flush());
  return r;
}
