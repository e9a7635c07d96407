import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  childrenOf,
  decodeCursor,
  entityById,
  FenScalar,
  ForbiddenError,
  PageInput,
  toPage,
  YearMonthScalar,
  type RequestContext,
  formatYuan,
} from '@bg/graphql';
import { hasRole } from '@bg/auth';
import type { EmployeeKey } from '@bg/service';
import { canReadPayroll, canSeePayslip, isHeadOffice, PAYROLL_BRANCH_ROLES, STEP_ROLE } from '../access';

import { Employee } from '../metrics/business-metrics.resolver';
import type { TierAmount } from '../compensation/pay-rules';
import { PayLevelSegment, PayrollKind, PayrollLine, PayrollRun, PayrollSignature, PayrollStatus, SignOffDecision, SignOffStep } from './payroll.entity';
import { FINAL_STATUSES, computePayroll, computePayrollAdjustment, fileWithBrokerageOffice, loadRun, rejectPayroll, signPayroll } from './payroll.service';
import { payReportXlsx } from './pay-report';
import { KnownEmployee, audited, type AuditSubject } from '@bg/service';

/** The status of a run waiting for a step's signature. */
const AWAITING: Record<SignOffStep, PayrollStatus> = {
  [SignOffStep.FINANCE]: PayrollStatus.AWAITING_FINANCE,
  [SignOffStep.DEPUTY]: PayrollStatus.AWAITING_DEPUTY,
  [SignOffStep.MANAGER]: PayrollStatus.AWAITING_MANAGER,
};

@ObjectType('PayTier', { description: 'Commission of one marginal tier: rateBp of the net revenue between fromFen and toFen' })
class PayTier implements TierAmount {
  @Field(() => FenScalar, { description: 'Net revenue from which the tier applies, fen (inclusive)' }) fromFen!: number;
  @Field(() => FenScalar, { description: 'Net revenue up to which the tier applies, fen; null for the top tier', nullable: true }) toFen!: number | null;
  @Field(() => Int, { description: 'Commission rate in basis points: 1000 = 10%' }) rateBp!: number;
  @Field(() => FenScalar, { description: "The part of the month's net revenue that falls in this tier, fen" }) revenueFen!: number;
  @Field(() => FenScalar, { description: 'Commission of this tier: revenueFen x rateBp / 10,000, fen' }) commissionFen!: number;
}

@ObjectType()
class PayrollLineConnection extends Connection(PayrollLine) {}

@ObjectType()
class PayrollRunConnection extends Connection(PayrollRun) {}

@ObjectType({ description: 'A downloadable file' })
class DownloadFile {
  @Field({ description: "The file's name, e.g. for the download prompt" }) filename!: string;
  @Field({ description: 'Its MIME type' }) contentType!: string;
  @Field({ description: 'The bytes, base64' }) base64!: string;
}

@ArgsType()
class PayrollRunsArgs {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => YearMonthScalar, { nullable: true, description: 'The month it is for' }) month?: string;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

const signedOff = (status: PayrollStatus) => FINAL_STATUSES.includes(status);

/** What an audit row of a payroll action names: the run, its branch and month (only the id when the caller may not load it). */
async function payrollSubject(ctx: RequestContext, payrollId: string, loadIt: boolean): Promise<AuditSubject> {
  if (!loadIt) return { subject: `payroll run ${payrollId}`, branchId: null };
  const run = await loadRun(ctx.em, payrollId);
  return { subject: `payroll run ${run.id} (${run.branchId} ${run.month}, ${run.kind.toLowerCase()} revision ${run.revision})`, branchId: run.branchId };
}

@Resolver(() => PayrollRun)
export class PayrollRunResolver {
  @FieldResolver(() => String, {
    description: 'Sum of gross pay in yuan for display, e.g. "12,345.67" (exactly totalGrossFen / 100, a minus sign when negative); compute with totalGrossFen',
  })
  totalGrossYuan(@Root() run: PayrollRun): string {
    return formatYuan(run.totalGrossFen);
  }

  @FieldResolver(() => String, {
    description:
      'Sum of deductions in yuan for display, e.g. "12,345.67" (exactly totalDeductionsFen / 100, a minus sign when negative); compute with totalDeductionsFen',
  })
  totalDeductionsYuan(@Root() run: PayrollRun): string {
    return formatYuan(run.totalDeductionsFen);
  }

  @FieldResolver(() => String, {
    description: 'Sum of net pay in yuan for display, e.g. "12,345.67" (exactly totalNetFen / 100, a minus sign when negative); compute with totalNetFen',
  })
  totalNetYuan(@Root() run: PayrollRun): string {
    return formatYuan(run.totalNetFen);
  }

  @Authorized('branch-finance')
  @Mutation(() => PayrollRun, {
    description:
      "Compute the branch's payroll of a month (R-4.2; branch finance, own branch). Needs every active manager's attendance closed, the CRM figures " +
      'imported and an approved standard (else BAD_USER_INPUT listing what is missing). A run awaiting signatures is superseded; a signed one refuses (CONFLICT).',
  })
  computePayroll(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return computePayroll(em, principal, branchId, month);
  }

  @Authorized('branch-finance')
  @Mutation(() => PayrollRun, {
    description:
      "Correct a signed month (更正; branch finance, own branch): recompute it from today's facts (attendance closed again, charges, levels) " +
      'into an ADJUSTMENT run of the differences from what was signed, to be signed and filed like the month. CONFLICT when the month is not signed ' +
      'or nothing changed; computing again supersedes an adjustment still awaiting signatures.',
  })
  computePayrollAdjustment(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Arg('reason', { description: 'The reason, written down with the decision' }) reason: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return computePayrollAdjustment(em, principal, branchId, month, reason);
  }

  // Roles are checked inside `audited` (not by @Authorized, whose refusals never reach the resolver) so that refusals are audited too.
  @Authorized()
  @Mutation(() => PayrollRun, {
    description:
      'Sign the run at its current step: branch-finance, then branch-deputy-manager, then branch-manager, own branch. The last signature emits PayrollSignedOff. ' +
      'Audited, allowed or refused (performanceAuditLog, action payroll.sign).',
  })
  async signPayroll(
    @Arg('payrollId', () => ID, { description: 'The payroll run' }) payrollId: string,
    @Arg('comment', { defaultValue: '', description: 'A free-text comment' }) comment: string,
    @Ctx() ctx: RequestContext,
  ) {
    const subject = await payrollSubject(ctx, payrollId, hasRole(ctx.principal, ...PAYROLL_BRANCH_ROLES));
    return audited(ctx, 'payroll.sign', subject, (tx) => signPayroll(tx, ctx.principal, payrollId, comment), { roles: PAYROLL_BRANCH_ROLES });
  }

  @Authorized()
  @Mutation(() => PayrollRun, {
    description:
      'Reject the run back to finance with a reason, at its current step (same roles and order as signing). Audited, allowed or refused (action payroll.reject).',
  })
  async rejectPayroll(
    @Arg('payrollId', () => ID, { description: 'The payroll run' }) payrollId: string,
    @Arg('reason', { description: 'The reason, written down with the decision' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    const subject = await payrollSubject(ctx, payrollId, hasRole(ctx.principal, ...PAYROLL_BRANCH_ROLES));
    return audited(ctx, 'payroll.reject', subject, (tx) => rejectPayroll(tx, ctx.principal, payrollId, reason), { roles: PAYROLL_BRANCH_ROLES });
  }

  @Authorized('branch-finance', 'branch-manager')
  @Mutation(() => PayrollRun, { description: 'File the signed pay report with the brokerage business office (emits PayrollFiled; personnel archives it)' })
  fileWithBrokerageOffice(@Arg('payrollId', () => ID, { description: 'The payroll run' }) payrollId: string, @Ctx() { em, principal }: RequestContext) {
    return fileWithBrokerageOffice(em, principal, payrollId);
  }

  @Authorized()
  @Query(() => PayrollRun, { description: 'A payroll run (branch finance, deputy, manager of its branch; head office)' })
  async payrollRun(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em, principal }: RequestContext) {
    const run = await loadRun(em, id);
    if (!canReadPayroll(principal, run.branchId)) throw new ForbiddenError(`You may not see the payroll of branch ${run.branchId}`);
    return run;
  }

  @Authorized()
  @Query(() => PayrollRunConnection, {
    description:
      "A branch's payroll runs, newest month and revision first, rejected and superseded ones included. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)",
  })
  async payrollRuns(@Args() { branchId, month, page }: PayrollRunsArgs, @Ctx() { em, principal }: RequestContext) {
    if (!canReadPayroll(principal, branchId)) throw new ForbiddenError(`You may not see the payroll of branch ${branchId}`);
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(
      PayrollRun,
      { branchId, ...(month ? { month } : {}) },
      { orderBy: { month: 'desc', revision: 'desc' }, limit: page?.first ?? 50, offset },
    );
    return toPage(nodes, total, offset);
  }

  @Authorized(...PAYROLL_BRANCH_ROLES)
  @Query(() => PayrollRunConnection, {
    description:
      "The payroll runs waiting for my signature (R-4.2), like approvalRequests(filter: { waitingForMe: true }): my branch's runs at a step one of my " +
      'roles signs (AWAITING_FINANCE: branch-finance, AWAITING_DEPUTY: branch-deputy-manager, AWAITING_MANAGER: branch-manager), ' +
      'leaving out runs I signed at an earlier step; oldest month first.',
  })
  async payrollRunsWaitingForMe(
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page: first 1..200 (default 50), after a previous endCursor' })
    page: PageInput | undefined,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const statuses = (Object.keys(STEP_ROLE) as SignOffStep[]).filter((s) => hasRole(principal, STEP_ROLE[s])).map((s) => AWAITING[s]);
    if (!principal.branchId || !statuses.length) return toPage([], 0, 0);
    const waiting = await em.find(
      PayrollRun,
      { branchId: principal.branchId, status: { $in: statuses } },
      { orderBy: { month: 'asc', kind: 'asc', revision: 'asc' } },
    );
    const mine = waiting.length
      ? await em.find(PayrollSignature, { runId: { $in: waiting.map((r) => r.id) }, signedBy: principal.username, decision: SignOffDecision.SIGNED })
      : [];
    const signedByMe = new Set(mine.map((s) => s.runId));
    const runs = waiting.filter((r) => !signedByMe.has(r.id));
    const offset = decodeCursor(page?.after);
    return toPage(runs.slice(offset, offset + (page?.first ?? 50)), runs.length, offset);
  }

  @Authorized()
  @Query(() => DownloadFile, {
    description:
      'The pay report (营业部客户经理薪酬月报表) of a run as XLSX, Chinese headers, totals and the three signatures. Every export is audited, allowed or refused (action pay-report.export). Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async payReport(@Arg('payrollId', () => ID, { description: 'The payroll run' }) payrollId: string, @Ctx() ctx: RequestContext): Promise<DownloadFile> {
    const run = await loadRun(ctx.em, payrollId);
    return audited(ctx, 'pay-report.export', await payrollSubject(ctx, payrollId, true), async (tx) => {
      if (!canReadPayroll(ctx.principal, run.branchId)) throw new ForbiddenError(`You may not see the payroll of branch ${run.branchId}`);
      const { filename, bytes } = await payReportXlsx(tx, run);
      return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64') };
    });
  }

  @FieldResolver(() => [PayrollSignature], { description: 'Signatures and rejections, in order' })
  signatures(@Root() run: PayrollRun, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, PayrollSignature, 'runId', run.id, { orderBy: { at: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => PayrollLineConnection, { description: 'The lines, by team and employee' })
  async lines(@Root() run: PayrollRun, @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined, @Ctx() { em }: RequestContext) {
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(
      PayrollLine,
      { runId: run.id },
      { orderBy: { teamId: 'asc', employeeId: 'asc' }, limit: page?.first ?? 50, offset },
    );
    return toPage(nodes, total, offset);
  }
}

@Resolver(() => PayrollSignature)
export class PayrollSignatureResolver {
  @FieldResolver(() => String, { nullable: true, description: "The signer's name (branch staff are employees); null when the signer is not a known employee" })
  async signerName(@Root() s: PayrollSignature, @Ctx() ctx: RequestContext): Promise<string | null> {
    return s.signerEmployeeId ? ((await entityById(ctx, KnownEmployee, s.signerEmployeeId))?.name ?? null) : null;
  }
}

@Resolver(() => PayrollLine)
export class PayrollLineResolver {
  @FieldResolver(() => String, {
    description:
      '新增资产: new assets in yuan for display, e.g. "12,345.67" (exactly newAssetsFen / 100, a minus sign when negative); compute with newAssetsFen',
  })
  newAssetsYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.newAssetsFen);
  }

  @FieldResolver(() => String, {
    description:
      '净收入: net revenue in yuan for display, e.g. "12,345.67" (exactly netRevenueFen / 100, a minus sign when negative); compute with netRevenueFen',
  })
  netRevenueYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.netRevenueFen);
  }

  @FieldResolver(() => String, {
    description:
      'Asset-loss charges settled in yuan for display, e.g. "12,345.67" (exactly assetLossFen / 100, a minus sign when negative); compute with assetLossFen',
  })
  assetLossYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.assetLossFen);
  }

  @FieldResolver(() => String, {
    description: '基本工资: base pay in yuan for display, e.g. "12,345.67" (exactly baseFen / 100, a minus sign when negative); compute with baseFen',
  })
  baseYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.baseFen);
  }

  @FieldResolver(() => String, {
    description: '提成: commission in yuan for display, e.g. "12,345.67" (exactly commissionFen / 100, a minus sign when negative); compute with commissionFen',
  })
  commissionYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.commissionFen);
  }

  @FieldResolver(() => String, {
    description:
      '开户奖励: bonus for accounts opened in yuan for display, e.g. "12,345.67" (exactly newAccountBonusFen / 100, a minus sign when negative); compute with newAccountBonusFen',
  })
  newAccountBonusYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.newAccountBonusFen);
  }

  @FieldResolver(() => String, {
    description:
      '新增资产奖励: bonus for new assets in yuan for display, e.g. "12,345.67" (exactly newAssetsBonusFen / 100, a minus sign when negative); compute with newAssetsBonusFen',
  })
  newAssetsBonusYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.newAssetsBonusFen);
  }

  @FieldResolver(() => String, {
    description: 'What the cap took off in yuan for display, e.g. "12,345.67" (exactly capCutFen / 100, a minus sign when negative); compute with capCutFen',
  })
  capCutYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.capCutFen);
  }

  @FieldResolver(() => String, {
    description: '应发合计: gross pay in yuan for display, e.g. "12,345.67" (exactly grossFen / 100, a minus sign when negative); compute with grossFen',
  })
  grossYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.grossFen);
  }

  @FieldResolver(() => String, {
    description:
      '缺勤扣款: absence deduction in yuan for display, e.g. "12,345.67" (exactly absenceDeductionFen / 100, a minus sign when negative); compute with absenceDeductionFen',
  })
  absenceDeductionYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.absenceDeductionFen);
  }

  @FieldResolver(() => String, {
    description:
      '迟到扣款: late deduction in yuan for display, e.g. "12,345.67" (exactly lateDeductionFen / 100, a minus sign when negative); compute with lateDeductionFen',
  })
  lateDeductionYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.lateDeductionFen);
  }

  @FieldResolver(() => String, {
    description:
      '早退扣款: early-leave deduction in yuan for display, e.g. "12,345.67" (exactly earlyDeductionFen / 100, a minus sign when negative); compute with earlyDeductionFen',
  })
  earlyDeductionYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.earlyDeductionFen);
  }

  @FieldResolver(() => String, {
    description:
      '实物赔偿扣款: asset-loss deduction in yuan for display, e.g. "12,345.67" (exactly assetLossDeductionFen / 100, a minus sign when negative); compute with assetLossDeductionFen',
  })
  assetLossDeductionYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.assetLossDeductionFen);
  }

  @FieldResolver(() => String, {
    description:
      '扣款合计: total deductions in yuan for display, e.g. "12,345.67" (exactly deductionsFen / 100, a minus sign when negative); compute with deductionsFen',
  })
  deductionsYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.deductionsFen);
  }

  @FieldResolver(() => String, {
    description:
      'What the floor added back in yuan for display, e.g. "12,345.67" (exactly floorTopUpFen / 100, a minus sign when negative); compute with floorTopUpFen',
  })
  floorTopUpYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.floorTopUpFen);
  }

  @FieldResolver(() => String, {
    description: '实发: net pay in yuan for display, e.g. "12,345.67" (exactly netFen / 100, a minus sign when negative); compute with netFen',
  })
  netYuan(@Root() line: PayrollLine): string {
    return formatYuan(line.netFen);
  }

  @FieldResolver(() => [PayTier], { description: 'Commission per marginal tier' })
  commissionTiers(@Root() line: PayrollLine): TierAmount[] {
    return JSON.parse(line.tiersJson) as TierAmount[];
  }

  @FieldResolver(() => [PayLevelSegment], {
    description:
      'The days of the month employed at each level in force (base pay and the floor are weighted by them); on a correction, those of the month recomputed',
  })
  levelSegments(@Root() line: PayrollLine): PayLevelSegment[] {
    return JSON.parse(line.levelSegmentsJson || '[]') as PayLevelSegment[];
  }

  @FieldResolver(() => [PayrollLine], {
    description: "On a month's payslip: the signed corrections (更正) of it, oldest first, each line the difference it pays",
  })
  async adjustments(@Root() line: PayrollLine, @Ctx() { em }: RequestContext): Promise<PayrollLine[]> {
    const runs = await em.find(
      PayrollRun,
      { adjustsRunId: line.runId, kind: PayrollKind.ADJUSTMENT, status: { $in: FINAL_STATUSES } },
      { orderBy: { revision: 'asc' } },
    );
    if (!runs.length) return [];
    const lines = await em.find(PayrollLine, { runId: { $in: runs.map((r) => r.id) }, employeeId: line.employeeId });
    return runs.flatMap((r) => lines.filter((l) => l.runId === r.id));
  }

  @Authorized()
  @Query(() => PayrollLine, {
    nullable: true,
    description:
      "A manager's payslip of a month from the branch's live run: the manager themself once it is signed off; branch finance, deputy and manager; head office. Null when there is none.",
  })
  async payslip(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return payslipOf(ctx, employeeId, month);
  }
}

async function payslipOf(ctx: RequestContext, employeeId: string, month: string): Promise<PayrollLine | null> {
  const [slip] = await payslipsOf(ctx, [employeeId], month);
  if (slip instanceof Error) throw slip;
  return slip;
}

/** The payslips of many employees in two statements (their lines of the month, then the live runs), each under `payslipRule`. */
async function payslipsOf({ em, principal }: RequestContext, employeeIds: readonly string[], month: string): Promise<Array<PayrollLine | null | Error>> {
  const lines = await em.find(PayrollLine, { employeeId: { $in: [...employeeIds] }, month });
  const runs = lines.length
    ? await em.find(PayrollRun, { id: { $in: [...new Set(lines.map((l) => l.runId))] }, liveKey: { $ne: null }, kind: PayrollKind.REGULAR })
    : [];
  return employeeIds.map((employeeId) => {
    const mine = lines.filter((l) => l.employeeId === employeeId);
    const run = runs.find((r) => mine.some((l) => l.runId === r.id));
    const line = run ? mine.find((l) => l.runId === run.id) : undefined;
    try {
      return payslipRule(principal, employeeId, run, line);
    } catch (e) {
      return e as Error;
    }
  });
}

function payslipRule(
  principal: RequestContext['principal'],
  employeeId: string,
  run: PayrollRun | undefined,
  line: PayrollLine | undefined,
): PayrollLine | null {
  const own = principal.employeeId === employeeId;
  if (!line) {
    if (!own && !isHeadOffice(principal) && !(principal.branchId && hasRole(principal, ...PAYROLL_BRANCH_ROLES)))
      throw new ForbiddenError(`You may not see the payslip of ${employeeId}`);
    return null;
  }
  if (!canSeePayslip(principal, line, signedOff(run!.status))) {
    if (own) return null; // not signed off yet
    throw new ForbiddenError(`You may not see the payslip of ${employeeId}`);
  }
  return line;
}

@Resolver(() => Employee)
export class EmployeePayslipResolver {
  @FieldResolver(() => PayrollLine, { nullable: true, description: 'Payslip of a month (see Query.payslip for who may see it)' })
  payslip(@Root() e: EmployeeKey, @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get<string, PayrollLine | null>(`payslip:${month}`, (ids) => payslipsOf(ctx, ids, month)).load(e.id);
  }
}
