/**
 * a branch's assessment cycles. The branch's deputy manager or manager runs a cycle for
 * a period; every active manager is scored (monthly: performance; quarterly and annual: duty and
 * performance combined, with a level proposal from the approved level rules). The branch manager
 * confirms a proposal (LevelChangeApproved: personnel changes the level) or rejects it with a reason.
 * A re-run replaces every result of the period that is not confirmed; confirmed ones never change.
 */
import { OptimisticLockError, UniqueConstraintViolationException, raw, type EntityManager } from '@mikro-orm/core';
import { peopleScope, type Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, type FieldProblem } from '@bg/graphql';
import { KnownEmployee, clientManagersDuring, inForceOn, overlapDays, periodsDuring } from '@bg/service';
import { inBranch } from '../access';
import { commissionByTier } from '../compensation/pay-rules';
import { standardFor } from '../compensation/standard.service';
import { DutyFactKind } from '../facts/duty-fact.entity';
import { placeholders, selectRows } from '@bg/db';
import { MetricsImport } from '../metrics/metrics-import.entity';
import { thresholdOf } from '../levels/level-rules';
import { levelRulesFor } from '../levels/level-rules.service';
import { lastDayOf as lastDay, shanghaiToday } from '../time';
import { Assessment, AssessmentCycle, AssessmentStatus, LevelDirection } from './assessment.entity';
import { parsePeriod, periodExample, type Period } from './scoring';
import { scoreOne } from './assess';

/** Who runs a cycle and who decides a proposal (own branch). */
export const RUN_ROLES = ['branch-deputy-manager', 'branch-manager'] as const;
const liveKey = (employeeId: string, cycle: AssessmentCycle, period: string) => `${employeeId}:${cycle}:${period}`;

function groupBy<T>(list: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of list) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

export interface CycleRun {
  branchId: string;
  cycle: AssessmentCycle;
  period: string;
  /** Managers assessed by this run. */
  assessed: number;
  /** Managers left alone: their result of the period is confirmed. */
  keptConfirmed: number;
  proposedUp: number;
  proposedDown: number;
}

/** Loads every input of the cycle and scores each manager; throws with every missing input listed, writing nothing. */
async function prepare(em: EntityManager, branchId: string, period: Period) {
  const lastMonth = period.months[period.months.length - 1];
  const withDuty = period.cycle !== AssessmentCycle.MONTHLY;
  const [ruleSet, imports, during] = await Promise.all([
    levelRulesFor(em, lastMonth),
    em.find(MetricsImport, { branchId, month: { $in: period.months } }),
    // The branch's client managers employed on some day of the period, by the facts in force then.
    clientManagersDuring(em, `${period.months[0]}-01`, lastDay(lastMonth), { branchId }),
  ]);
  const periodEnd = lastDay(lastMonth);
  // The level in force at the end of the period (or when the manager's time in the branch ended).
  const levelOf = new Map(
    [...during].map(([id, periods]) => [id, periods.filter((x) => x.branchId === branchId && x.effectiveFrom <= periodEnd).pop()?.level]),
  );
  const ids = [...levelOf.keys()].sort();
  const branchManagers = ids.length ? await em.find(KnownEmployee, { id: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
  const problems: FieldProblem[] = [];
  if (!ruleSet) problems.push({ field: 'levelRules', problem: `no approved level rules are in force in ${lastMonth}` });
  const imported = new Set(imports.map((i) => i.month));
  const notImported = period.months.filter((m) => !imported.has(m));
  if (notImported.length) problems.push({ field: 'metrics', problem: `the CRM figures of ${notImported.join(', ')} have not been imported for ${branchId}` });
  if (!branchManagers.length) problems.push({ field: 'branchId', problem: `branch ${branchId} has no active managers` });
  if (problems.length) throw new BadInputError(`The ${period.cycle.toLowerCase()} assessment of ${branchId} for ${period.period} cannot run yet`, problems);
  const rules = ruleSet!.rules;

  // Plain reads of the period's managers (no hydration): a branch's quarter is thousands of rows;
  // duty facts are counted per person and kind in SQL.
  const members = `where x.employee_id in (${placeholders(ids.length)})`;
  const inMonths = `x.month in (${placeholders(period.months.length)})`;
  const scope = ids;
  const [metricRows, attendance, facts] = await Promise.all([
    selectRows<{ employee_id: string; month: string; customers_developed: number; net_revenue: number | string; customer_assets: number | string }>(
      em,
      `select x.employee_id, x.month, x.customers_developed, x.net_revenue, x.customer_assets from business_metrics x ${members} and ${inMonths}`,
      [...scope, ...period.months],
    ),
    withDuty
      ? selectRows<{ employee_id: string; month: string; absent: number; late: number; early: number }>(
          em,
          `select x.employee_id, x.month, x.absent, x.late, x.early from attendance_month x ${members} and ${inMonths}`,
          [...scope, ...period.months],
        )
      : Promise.resolve([]),
    withDuty
      ? selectRows<{ employee_id: string; kind: DutyFactKind; n: number | string }>(
          em,
          `select x.employee_id, x.kind, count(*) n from duty_fact x ${members} and x.date >= ? and x.date <= ? group by x.employee_id, x.kind`,
          [...scope, `${period.months[0]}-01`, lastDay(lastMonth)],
        )
      : Promise.resolve([]),
  ]);
  const metrics = metricRows.map((m) => ({
    employeeId: m.employee_id,
    month: m.month,
    customersDeveloped: Number(m.customers_developed),
    netRevenue: Number(m.net_revenue),
    customerAssets: Number(m.customer_assets),
  }));
  const metricsOf = groupBy(metrics, (m) => m.employeeId);
  const gradeOf = levelOf;
  const managers = branchManagers;
  const attendanceOf = groupBy(attendance, (a) => a.employee_id);
  const factsOf = groupBy(
    facts.map((f) => ({ employeeId: f.employee_id, kind: f.kind, count: Number(f.n) })),
    (f) => f.employeeId,
  );
  for (const m of managers) {
    const level = gradeOf.get(m.id);
    if (!level) problems.push({ field: `level.${m.id}`, problem: `${m.id} ${m.name}: the level is not known` });
    else if (!thresholdOf(rules, level))
      problems.push({ field: `level.${m.id}`, problem: `${m.id} ${m.name}: level ${level} has no threshold in level rules version ${ruleSet!.version}` });
    if (withDuty) {
      // Only the months the manager was employed in the branch need a closed attendance month.
      const employed = (month: string) => (during.get(m.id) ?? []).some((x) => x.branchId === branchId && overlapDays(x, `${month}-01`, lastDay(month)));
      const closed = new Set((attendanceOf.get(m.id) ?? []).map((a) => a.month));
      const open = period.months.filter((month) => employed(month) && !closed.has(month));
      if (open.length) problems.push({ field: `attendance.${m.id}`, problem: `${m.id} ${m.name}: attendance of ${open.join(', ')} is not closed` });
    }
  }
  if (problems.length) throw new BadInputError(`The ${period.cycle.toLowerCase()} assessment of ${branchId} for ${period.period} cannot run yet`, problems);
  const standard = period.cycle === AssessmentCycle.MONTHLY ? await standardFor(em, branchId, lastMonth) : null;

  return managers.map((m) => {
    const level = gradeOf.get(m.id)!;
    const scored = scoreOne(rules, period, level, metricsOf.get(m.id) ?? [], attendanceOf.get(m.id) ?? [], factsOf.get(m.id) ?? []);
    let commission: { basisFen: number; commissionFen: number | null } | null = null;
    if (period.cycle === AssessmentCycle.MONTHLY) {
      const basisFen = Math.max(0, scored.details.figures.netRevenueFen);
      commission = {
        basisFen,
        commissionFen: standard ? commissionByTier(basisFen, standard.rules.commissionTiers).reduce((s, t) => s + t.commissionFen, 0) : null,
      };
      scored.details.commissionStandardVersion = standard?.version ?? null;
    }
    return { manager: m, level, rulesVersion: ruleSet!.version, commission, ...scored };
  });
}

async function commit<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof OptimisticLockError) throw new ConflictError('Someone else changed this assessment at the same time; reload it and try again');
    if (e instanceof UniqueConstraintViolationException) throw new ConflictError('The same period was assessed at the same time; reload and try again');
    throw e;
  }
}

/** Runs a cycle for a branch's period: every manager without a confirmed result of it is (re)assessed; AssessmentCompleted for each. */
export async function runAssessmentCycle(em: EntityManager, p: Principal, branchId: string, cycle: AssessmentCycle, periodText: string): Promise<CycleRun> {
  if (!inBranch(p, branchId, ...RUN_ROLES)) throw new ForbiddenError(`Only the deputy manager or manager of branch ${branchId} runs its assessments`);
  const period = parsePeriod(cycle, periodText);
  if (!period)
    throw new BadInputError('Not a period of this cycle', [{ field: 'period', problem: `a ${cycle.toLowerCase()} period looks like ${periodExample(cycle)}` }]);
  const scored = await prepare(em, branchId, period);
  return commit(() =>
    em.transactional(async (tx) => {
      // Unconfirmed results of the period are superseded in one statement; the version moves, so a
      // confirmation racing with the re-run fails its optimistic lock (CONFLICT) instead of confirming a superseded result.
      const key = { branchId, cycle, period: period.period, liveKey: { $ne: null } };
      const confirmed = new Set(
        (await tx.find(Assessment, { ...key, status: AssessmentStatus.CONFIRMED }, { fields: ['employeeId'] })).map((a) => a.employeeId),
      );
      await tx.nativeUpdate(
        Assessment,
        { ...key, status: { $ne: AssessmentStatus.CONFIRMED } },
        { status: AssessmentStatus.SUPERSEDED, liveKey: null, lock: raw('lock + 1') },
      );
      const run: CycleRun = { branchId, cycle, period: period.period, assessed: 0, keptConfirmed: confirmed.size, proposedUp: 0, proposedDown: 0 };
      for (const s of scored) {
        if (confirmed.has(s.manager.id)) continue;
        const a = tx.create(Assessment, {
          cycle,
          period: period.period,
          employeeId: s.manager.id,
          employeeName: s.manager.name,
          branchId,
          teamId: s.manager.teamId,
          groupId: s.manager.groupId,
          level: s.level,
          levelRulesVersion: s.rulesVersion,
          score: s.score,
          performanceScore: s.details.performance.score,
          dutyScore: s.details.duty?.score ?? null,
          commissionBasisFen: s.commission?.basisFen ?? null,
          commissionFen: s.commission?.commissionFen ?? null,
          proposal: s.proposal?.direction ?? null,
          proposedLevel: s.proposal?.to ?? null,
          status: s.proposal ? AssessmentStatus.PROPOSED : AssessmentStatus.COMPLETED,
          liveKey: liveKey(s.manager.id, cycle, period.period),
          detailsJson: JSON.stringify(s.details),
          runBy: p.username,
          runAt: new Date(),
        } as Assessment);
        recordEvent(tx, 'performance', 'AssessmentCompleted', a.employeeId, {
          assessmentId: a.id,
          employeeId: a.employeeId,
          branchId,
          cycle,
          period: period.period,
          score: a.score,
        });
        run.assessed++;
        if (a.proposal === LevelDirection.UP) run.proposedUp++;
        if (a.proposal === LevelDirection.DOWN) run.proposedDown++;
      }
      await tx.flush();
      return run;
    }),
  );
}

async function proposalToDecide(em: EntityManager, p: Principal, id: string, text: string): Promise<Assessment> {
  if (text.length > 1000) throw new BadInputError('The text is too long', [{ field: 'comment', problem: 'at most 1,000 characters' }]);
  const a = await em.findOne(Assessment, id, { refresh: true });
  if (!a) throw new NotFoundError('Assessment', id);
  if (!inBranch(p, a.branchId, 'branch-manager')) throw new ForbiddenError(`Only the manager of branch ${a.branchId} decides its level proposals`);
  if (a.status !== AssessmentStatus.PROPOSED) {
    throw new ConflictError(
      a.status === AssessmentStatus.COMPLETED
        ? 'A monthly assessment has no level proposal'
        : `This assessment is ${a.status.toLowerCase()}; only a proposed one is decided`,
    );
  }
  return a;
}

/** The branch manager confirms a proposal; a change of level goes to personnel as LevelChangeApproved, effective the day of confirmation. */
export async function confirmLevelProposal(em: EntityManager, p: Principal, id: string, comment: string): Promise<Assessment> {
  return commit(() =>
    em.transactional(async (tx) => {
      const a = await proposalToDecide(tx, p, id, comment);
      const effectiveOn = shanghaiToday();
      const now = inForceOn((await periodsDuring(tx, effectiveOn, effectiveOn, { employeeIds: [a.employeeId] })).get(a.employeeId) ?? [], effectiveOn);
      if (now && now.level !== a.level) {
        throw new ConflictError(`${a.employeeName}'s level changed from ${a.level} to ${now.level} since the assessment; run the period again`);
      }
      Object.assign(a, {
        status: AssessmentStatus.CONFIRMED,
        decidedBy: p.username,
        decidedAt: new Date(),
        decisionComment: comment.trim() || null,
        effectiveOn,
      });
      if (a.proposal !== LevelDirection.KEEP && a.proposedLevel && a.proposedLevel !== a.level) {
        recordEvent(tx, 'performance', 'LevelChangeApproved', a.employeeId, {
          employeeId: a.employeeId,
          branchId: a.branchId,
          from: a.level,
          to: a.proposedLevel,
          approvedBy: p.username,
          effectiveOn,
        });
      }
      await tx.flush();
      return a;
    }),
  );
}

/** The branch manager rejects a proposal with a reason: the level stays. */
export async function rejectLevelProposal(em: EntityManager, p: Principal, id: string, reason: string): Promise<Assessment> {
  if (!reason.trim()) throw new BadInputError('Say why the proposal is rejected', [{ field: 'reason', problem: 'a rejection needs a reason' }]);
  return commit(() =>
    em.transactional(async (tx) => {
      const a = await proposalToDecide(tx, p, id, reason);
      Object.assign(a, { status: AssessmentStatus.REJECTED, decidedBy: p.username, decidedAt: new Date(), decisionComment: reason.trim() });
      await tx.flush();
      return a;
    }),
  );
}

/** The assessments a principal may see, as a filter: own, group, team, branch or all (DOMAIN.md's scope). */
export function visibleAssessments(p: Principal): object | null {
  const scope = peopleScope(p);
  const own = p.employeeId ? [{ employeeId: p.employeeId }] : [];
  switch (scope.kind) {
    case 'all':
      return {};
    case 'branch':
      return { $or: [{ branchId: scope.branchId }, ...own] };
    case 'team':
      return { $or: [{ teamId: scope.teamId }, ...own] };
    case 'group':
      return { $or: [{ groupId: scope.groupId }, ...own] };
    case 'self':
      return { employeeId: scope.employeeId };
    case 'none':
      return own.length ? own[0] : null;
  }
}
