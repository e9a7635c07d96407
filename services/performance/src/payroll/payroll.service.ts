/**
 * R-4.2: the branch's monthly payroll. Finance computes it from the month's closed attendance,
 * the imported CRM figures and the approved compensation standard; it is signed in order by the
 * chief accountant, the deputy manager and the manager (each may reject it back with a reason);
 * once signed it never changes; then it is filed with the brokerage business office.
 */
import { randomUUID } from 'node:crypto';
import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { hasRole, type Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { reviewProblem } from '../metrics-review/review-rules';
import { addDays, BadInputError, ConflictError, ForbiddenError, NotFoundError, type FieldProblem } from '@bg/graphql';
import { EMPLOYED, KnownEmployee, clientManagersDuring, overlapDays, type Period } from '@bg/service';
import { PAYROLL_BRANCH_ROLES, STEP_LABEL, STEP_ROLE, inBranch } from '../access';
import { basePayOf, computePay, type LevelSegment } from '../compensation/pay-rules';
import { standardFor } from '../compensation/standard.service';
import { AssetLossCharge, AttendanceMonth } from '../facts/facts.entity';
import { BusinessMetrics } from '../metrics/business-metrics.entity';
import { MetricsImport } from '../metrics/metrics-import.entity';
import { lastDayOf, shanghaiToday } from '../time';
import { bulkInsert, findDetached, selectRows, type BulkColumns } from '@bg/db';
import { PayrollKind, PayrollLine, PayrollRun, PayrollSignature, PayrollStatus, SignOffDecision, SignOffStep } from './payroll.entity';
import { adjustmentLines } from './adjustment';

const LINE_COLUMNS: BulkColumns = {
  id: 'text',
  runId: 'text',
  employeeId: 'text',
  employeeName: 'text',
  branchId: 'text',
  teamId: 'text',
  month: 'text',
  level: 'text',
  levelSegmentsJson: 'text',
  newAccounts: 'int',
  newAssetsFen: 'bigint',
  netRevenueFen: 'bigint',
  absent: 'int',
  late: 'int',
  early: 'int',
  assetLossFen: 'bigint',
  assetLossChargeIds: 'text',
  baseFen: 'bigint',
  tiersJson: 'text',
  commissionFen: 'bigint',
  newAccountBonusFen: 'bigint',
  newAssetsBonusFen: 'bigint',
  capCutFen: 'bigint',
  grossFen: 'bigint',
  absenceDeductionFen: 'bigint',
  lateDeductionFen: 'bigint',
  earlyDeductionFen: 'bigint',
  assetLossDeductionFen: 'bigint',
  deductionsFen: 'bigint',
  floorTopUpFen: 'bigint',
  netFen: 'bigint',
};
export const FINAL_STATUSES = [PayrollStatus.SIGNED_OFF, PayrollStatus.FILED];

/** The step a run waits for, or null when it waits for none. */
export function awaitedStep(status: PayrollStatus): SignOffStep | null {
  switch (status) {
    case PayrollStatus.AWAITING_FINANCE:
      return SignOffStep.FINANCE;
    case PayrollStatus.AWAITING_DEPUTY:
      return SignOffStep.DEPUTY;
    case PayrollStatus.AWAITING_MANAGER:
      return SignOffStep.MANAGER;
    default:
      return null;
  }
}
const NEXT: Record<SignOffStep, PayrollStatus> = {
  [SignOffStep.FINANCE]: PayrollStatus.AWAITING_DEPUTY,
  [SignOffStep.DEPUTY]: PayrollStatus.AWAITING_MANAGER,
  [SignOffStep.MANAGER]: PayrollStatus.SIGNED_OFF,
};

const liveKey = (branchId: string, month: string) => `${branchId}:${month}`;
const pendingAdjustmentKey = (branchId: string, month: string) => `${branchId}:${month}:adjustment`;

async function inChunks<T>(ids: string[], load: (part: string[]) => Promise<T[]>, size = 5_000): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...(await load(ids.slice(i, i + size))));
  return out;
}

/** The month's days employed in the branch, per level in force (adjacent days at one level merged). */
export function levelSegments(periods: readonly Period[], branchId: string, from: string, to: string): LevelSegment[] {
  const out: LevelSegment[] = [];
  for (const p of periods) {
    if (p.branchId !== branchId || p.post !== 'CLIENT_MANAGER' || !EMPLOYED.includes(p.status)) continue;
    const days = overlapDays(p, from, to);
    if (!days) continue;
    const last = out[out.length - 1];
    if (last && last.level === p.level && addDays(last.to, 1) === days.from) Object.assign(last, { to: days.to, days: last.days + days.days });
    else out.push({ level: p.level, ...days });
  }
  return out;
}

/**
 * Loads the inputs and computes every line; throws with every missing input listed. The managers
 * are the branch's client managers employed on some day of the month, by the facts in force then
 * (a manager who left on the 15th is in it, one hired after it is not); each is paid base pay per
 * day-weighted level segment. By default their unsettled asset-loss charges; a correction
 * recomputes the employees of the signed month by the same rule, counting the charges those runs
 * settled as well.
 */
async function prepare(em: EntityManager, branchId: string, month: string, correcting?: { employeeIds: string[]; settledBy: string[] }) {
  const from = `${month}-01`;
  const to = lastDayOf(month);
  const daysInMonth = Number(to.slice(8));
  const [standard, imported, during] = await Promise.all([
    standardFor(em, branchId, month),
    em.findOne(MetricsImport, { branchId, month }),
    clientManagersDuring(em, from, to, correcting ? { employeeIds: correcting.employeeIds } : { branchId }),
  ]);
  const segmentsOf = new Map<string, LevelSegment[]>();
  for (const [id, periods] of during) {
    const segments = levelSegments(periods, branchId, from, to);
    if (segments.length) segmentsOf.set(id, segments);
  }
  const ids = [...segmentsOf.keys()].sort();
  const problems: FieldProblem[] = [];
  if (!standard) problems.push({ field: 'standard', problem: `no approved compensation standard applies to ${branchId} in ${month}` });
  if (!imported) problems.push({ field: 'metrics', problem: `the CRM figures of ${month} have not been imported for ${branchId}` });
  const unreviewed = imported && reviewProblem(imported, branchId, month); // R-4.1: finance reviews (复核) the figures first
  if (unreviewed) problems.push(unreviewed);
  if (!ids.length) problems.push({ field: 'branchId', problem: `branch ${branchId} had no client managers employed in ${month}` });
  if (problems.length) throw new BadInputError(`The payroll of ${branchId} for ${month} cannot be computed yet`, problems);

  // Read-only facts of the month (detached: hydrating a branch's four sets of managed entities was
  // most of a computation's CPU, and finance retries while the closed months are on their way).
  const [managers, metrics, attendance, charges] = await Promise.all([
    inChunks(ids, (part) => findDetached(em, KnownEmployee, { id: { $in: part } }, { orderBy: { id: 'asc' } })),
    inChunks(ids, (part) => findDetached(em, BusinessMetrics, { employeeId: { $in: part }, month })),
    inChunks(ids, (part) => findDetached(em, AttendanceMonth, { employeeId: { $in: part }, month })),
    inChunks(ids, (part) =>
      findDetached(em, AssetLossCharge, {
        employeeId: { $in: part },
        month: { $lte: month },
        ...(correcting ? { $or: [{ settledInPayrollId: null }, { settledInPayrollId: { $in: correcting.settledBy } }] } : { settledInPayrollId: null }),
      }),
    ),
  ]);
  const metricsOf = new Map(metrics.map((m) => [m.employeeId, m]));
  const attendanceOf = new Map(attendance.map((a) => [a.employeeId, a]));
  const chargesOf = new Map<string, AssetLossCharge[]>();
  for (const c of charges) chargesOf.set(c.employeeId, [...(chargesOf.get(c.employeeId) ?? []), c]);
  const rules = standard!.rules;

  for (const m of managers) {
    const who = `${m.id} ${m.name}`;
    if (!attendanceOf.has(m.id)) problems.push({ field: `attendance.${m.id}`, problem: `${who}: attendance of ${month} is not closed` });
    if (!metricsOf.has(m.id) || metricsOf.get(m.id)!.branchId !== branchId)
      problems.push({ field: `metrics.${m.id}`, problem: `${who}: no CRM figures for ${month} in the ${branchId} import` });
    for (const level of new Set(segmentsOf.get(m.id)!.map((x) => x.level))) {
      if (basePayOf(rules, level) === null)
        problems.push({ field: `level.${m.id}`, problem: `${who}: standard version ${standard!.version} has no base pay for level ${level}` });
    }
  }
  if (problems.length) throw new BadInputError(`The payroll of ${branchId} for ${month} cannot be computed yet: ${problems.length} problem(s)`, problems);

  const lines = managers.map((m) => {
    const mt = metricsOf.get(m.id)!;
    const at = attendanceOf.get(m.id)!;
    const segments = segmentsOf.get(m.id)!;
    const level = segments[segments.length - 1].level;
    const teamId = [...during.get(m.id)!].reverse().find((p) => p.branchId === branchId && p.effectiveFrom <= to)?.teamId ?? m.teamId;
    const owed = chargesOf.get(m.id) ?? [];
    const assetLossFen = owed.reduce((s, c) => s + Number(c.amountFen), 0);
    const input = {
      level,
      segments,
      daysInMonth,
      netRevenueFen: Number(mt.netRevenue),
      newAccounts: mt.newAccounts,
      newAssetsFen: Number(mt.newAssets),
      absent: at.absent,
      late: at.late,
      early: at.early,
      assetLossFen,
    };
    const { tiers, ...pay } = computePay(rules, input);
    return {
      employeeId: m.id,
      employeeName: m.name,
      branchId,
      teamId,
      month,
      level,
      levelSegmentsJson: JSON.stringify(segments),
      newAccounts: input.newAccounts,
      newAssetsFen: input.newAssetsFen,
      netRevenueFen: input.netRevenueFen,
      absent: at.absent,
      late: at.late,
      early: at.early,
      assetLossFen,
      assetLossChargeIds: JSON.stringify(owed.map((c) => c.chargeId)),
      tiersJson: JSON.stringify(tiers),
      ...pay,
    };
  });
  return { standard: standard!, lines };
}

async function commit<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof OptimisticLockError) throw new ConflictError('Someone else changed this payroll at the same time; reload it and try again');
    if (e instanceof UniqueConstraintViolationException)
      throw new ConflictError('Another payroll of this branch and month was computed at the same time; reload and try again');
    throw e;
  }
}

/** Finance computes (or recomputes) the branch's month; a run still awaiting signatures is superseded, a signed one refuses. */
export async function computePayroll(em: EntityManager, p: Principal, branchId: string, month: string): Promise<PayrollRun> {
  if (!inBranch(p, branchId, 'branch-finance')) throw new ForbiddenError(`Only the finance department of branch ${branchId} computes its payroll`);
  const refuseSigned = (live: PayrollRun | null) => {
    if (live && FINAL_STATUSES.includes(live.status)) {
      throw new ConflictError(`The payroll of ${branchId} for ${month} is signed off (run ${live.revision}) and can no longer change`);
    }
  };
  refuseSigned(await em.findOne(PayrollRun, { liveKey: liveKey(branchId, month) }));
  const { standard, lines } = await prepare(em, branchId, month);
  return commit(() =>
    em.transactional(async (tx) => {
      const live = await tx.findOne(PayrollRun, { liveKey: liveKey(branchId, month) }, { refresh: true });
      refuseSigned(live);
      return writeRun(tx, p, live, { branchId, month, key: liveKey(branchId, month), standard, lines });
    }),
  );
}

type PreparedLine = Awaited<ReturnType<typeof prepare>>['lines'][number];

/** Supersedes the pending run (if any) and writes the new one with its lines, in the caller's transaction. */
async function writeRun(
  tx: EntityManager,
  p: Principal,
  pending: PayrollRun | null,
  run: {
    branchId: string;
    month: string;
    key: string;
    standard: { id: string; version: number };
    lines: PreparedLine[];
    adjusts?: PayrollRun;
    reason?: string;
  },
): Promise<PayrollRun> {
  if (pending) {
    Object.assign(pending, { status: PayrollStatus.SUPERSEDED, liveKey: null, closedReason: `recomputed by ${p.username}` });
    await tx.flush();
  }
  const { branchId, month, lines } = run;
  const revision = (await tx.count(PayrollRun, { branchId, month })) + 1;
  const sum = (f: (l: PreparedLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  const created = tx.create(PayrollRun, {
    branchId,
    month,
    revision,
    liveKey: run.key,
    status: PayrollStatus.AWAITING_FINANCE,
    standardId: run.standard.id,
    kind: run.adjusts ? PayrollKind.ADJUSTMENT : PayrollKind.REGULAR,
    adjustsRunId: run.adjusts?.id ?? null,
    adjustmentReason: run.reason ?? null,
    standardVersion: run.standard.version,
    lineCount: lines.length,
    totalGrossFen: sum((l) => l.grossFen),
    totalDeductionsFen: sum((l) => l.deductionsFen),
    totalNetFen: sum((l) => l.netFen),
    computedBy: p.username,
    computedAt: new Date(),
  } as PayrollRun);
  await tx.flush();
  await bulkInsert(
    tx,
    'payroll_line',
    LINE_COLUMNS,
    lines.map((l) => ({ id: randomUUID(), runId: created.id, ...l })),
  );
  return created;
}

/**
 * A correction of a signed month (更正): finance recomputes the month's employees from today's facts
 * (attendance closed again, charges, levels) and the differences from what the signed runs paid
 * become an adjustment run, signed in the same order and filed like the month. One adjustment
 * awaits signatures at a time; computing again supersedes it.
 */
export async function computePayrollAdjustment(em: EntityManager, p: Principal, branchId: string, month: string, reason: string): Promise<PayrollRun> {
  if (!inBranch(p, branchId, 'branch-finance')) throw new ForbiddenError(`Only the finance department of branch ${branchId} computes its payroll`);
  const why = reason.trim();
  if (!why || why.length > 500)
    throw new BadInputError('Say why the signed month is corrected', [
      { field: 'reason', problem: why ? 'at most 500 characters' : 'a correction needs a reason' },
    ]);
  const regular = await em.findOne(PayrollRun, { liveKey: liveKey(branchId, month) });
  if (!regular || !FINAL_STATUSES.includes(regular.status)) {
    throw new ConflictError(
      `The payroll of ${branchId} for ${month} is not signed off${regular ? ' yet' : ''}: compute or recompute the month itself, corrections are for signed months`,
    );
  }
  const signedRuns = await em.find(PayrollRun, { branchId, month, status: { $in: FINAL_STATUSES } });
  const paid = await em.find(PayrollLine, { runId: { $in: signedRuns.map((r) => r.id) } });
  const employeeIds = [...new Set(paid.map((l) => l.employeeId))];
  const { standard, lines } = await prepare(em, branchId, month, { employeeIds, settledBy: signedRuns.map((r) => r.id) });
  const differences = adjustmentLines(lines, paid);
  if (!differences.length)
    throw new ConflictError(`Recomputed from today's figures, the pay of ${branchId} for ${month} equals what was signed: nothing to correct`);
  return commit(() =>
    em.transactional(async (tx) => {
      const pending = await tx.findOne(PayrollRun, { liveKey: pendingAdjustmentKey(branchId, month) }, { refresh: true });
      return writeRun(tx, p, pending, {
        branchId,
        month,
        key: pendingAdjustmentKey(branchId, month),
        standard,
        lines: differences,
        adjusts: regular,
        reason: why,
      });
    }),
  );
}

export async function loadRun(em: EntityManager, id: string): Promise<PayrollRun> {
  const run = await em.findOne(PayrollRun, id);
  if (!run) throw new NotFoundError('Payroll run', id);
  return run;
}

/** The checks shared by signing and rejecting: own branch, a sign-off role, the run's turn, the signer's step. */
async function turnOf(em: EntityManager, p: Principal, run: PayrollRun, act: string): Promise<{ step: SignOffStep; signed: PayrollSignature[] }> {
  if (!inBranch(p, run.branchId, ...PAYROLL_BRANCH_ROLES)) {
    throw new ForbiddenError(
      p.branchId && p.branchId !== run.branchId && hasRole(p, ...PAYROLL_BRANCH_ROLES)
        ? `You sign payrolls of branch ${p.branchId} only, not of ${run.branchId}`
        : "Payrolls are signed by the branch's chief accountant, deputy manager and manager only",
    );
  }
  const step = awaitedStep(run.status);
  if (!step) {
    throw new ConflictError(
      FINAL_STATUSES.includes(run.status)
        ? `The payroll of ${run.branchId} for ${run.month} is signed off and can no longer change`
        : `This payroll run was ${run.status.toLowerCase()}${run.closedReason ? ` (${run.closedReason})` : ''}; compute a new one`,
    );
  }
  if (!hasRole(p, STEP_ROLE[step])) throw new ConflictError(`Not your turn to ${act}: the payroll is waiting for ${STEP_LABEL[step]} first`);
  const signed = await em.find(PayrollSignature, { runId: run.id, decision: SignOffDecision.SIGNED }, { orderBy: { at: 'asc', id: 'asc' } });
  if (signed.some((s) => s.signedBy === p.username))
    throw new ConflictError('You already signed an earlier step of this payroll: each step needs a different person');
  return { step, signed };
}

export async function signPayroll(em: EntityManager, p: Principal, id: string, comment: string): Promise<PayrollRun> {
  if (comment.length > 500) throw new BadInputError('The comment is too long', [{ field: 'comment', problem: 'at most 500 characters' }]);
  return commit(() =>
    em.transactional(async (tx) => {
      const run = await loadRun(tx, id);
      const { step, signed } = await turnOf(tx, p, run, 'sign');
      const at = new Date(Math.max(Date.now(), ...signed.map((s) => s.at.getTime() + 1)));
      tx.create(PayrollSignature, {
        runId: run.id,
        step,
        decision: SignOffDecision.SIGNED,
        signedBy: p.username,
        signerEmployeeId: p.employeeId,
        at,
        comment: comment.trim(),
      } as PayrollSignature);
      run.status = NEXT[step];
      if (run.status === PayrollStatus.SIGNED_OFF) {
        if (run.kind === PayrollKind.ADJUSTMENT) run.liveKey = `${pendingAdjustmentKey(run.branchId, run.month)}:${run.revision}`; // the next correction may start
        const lines = await selectRows<{ asset_loss_charge_ids: string }>(tx, 'select asset_loss_charge_ids from payroll_line where run_id = ?', [run.id]);
        const chargeIds = lines.flatMap((l) => JSON.parse(l.asset_loss_charge_ids) as string[]);
        if (chargeIds.length)
          await tx.nativeUpdate(AssetLossCharge, { chargeId: { $in: chargeIds }, settledInPayrollId: null }, { settledInPayrollId: run.id });
        recordEvent(tx, 'performance', 'PayrollSignedOff', run.id, {
          payrollId: run.id,
          branchId: run.branchId,
          month: run.month,
          totalNetFen: Number(run.totalNetFen),
          signedBy: [...signed.map((s) => s.signedBy), p.username],
          adjustsPayrollId: run.adjustsRunId,
        });
      }
      return run;
    }),
  );
}

export async function rejectPayroll(em: EntityManager, p: Principal, id: string, reason: string): Promise<PayrollRun> {
  if (!reason.trim()) throw new BadInputError('Say why the payroll is rejected', [{ field: 'reason', problem: 'a rejection needs a reason' }]);
  if (reason.length > 500) throw new BadInputError('The reason is too long', [{ field: 'reason', problem: 'at most 500 characters' }]);
  return commit(() =>
    em.transactional(async (tx) => {
      const run = await loadRun(tx, id);
      const { step } = await turnOf(tx, p, run, 'reject');
      tx.create(PayrollSignature, {
        runId: run.id,
        step,
        decision: SignOffDecision.REJECTED,
        signedBy: p.username,
        signerEmployeeId: p.employeeId,
        comment: reason.trim(),
      } as PayrollSignature);
      Object.assign(run, { status: PayrollStatus.REJECTED, liveKey: null, closedReason: `rejected by ${p.username}: ${reason.trim()}` });
      return run;
    }),
  );
}

/** The signed pay report goes to the brokerage business office (PayrollFiled; personnel archives it, R-6.5). */
export async function fileWithBrokerageOffice(em: EntityManager, p: Principal, id: string, now = new Date()): Promise<PayrollRun> {
  const run = await loadRun(em, id);
  if (!inBranch(p, run.branchId, 'branch-finance', 'branch-manager'))
    throw new ForbiddenError(`Only the finance department or the manager of branch ${run.branchId} files its payroll`);
  if (run.status === PayrollStatus.FILED) throw new ConflictError(`The payroll of ${run.branchId} for ${run.month} was already filed on ${run.filedOn}`);
  if (run.status !== PayrollStatus.SIGNED_OFF)
    throw new ConflictError('Only a payroll signed by the chief accountant, the deputy manager and the manager can be filed');
  Object.assign(run, { status: PayrollStatus.FILED, filedOn: shanghaiToday(now), filedBy: p.username });
  recordEvent(em, 'performance', 'PayrollFiled', run.id, {
    payrollId: run.id,
    branchId: run.branchId,
    month: run.month,
    filedOn: run.filedOn!,
    adjustsPayrollId: run.adjustsRunId,
  });
  await commit(() => em.flush());
  return run;
}
