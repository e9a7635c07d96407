/**
 * pending charges (issue 16 item 10): an asset-loss charge, as performance received it
 * (AssetLossCharged), with its status on the way to a payroll deduction, visible to the person
 * charged and to the branch's finance (and deputy, manager) before any payroll deducts it; head office all.
 */
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { BadInputError, FenScalar, ForbiddenError, LocalDateScalar, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { KnownEmployee } from '@bg/service';
import { PAYROLL_BRANCH_ROLES, inBranch, isHeadOffice } from '../access';
import { AssetLossCharge } from '../facts/facts.entity';
import { PayrollLine, PayrollRun } from '../payroll/payroll.entity';
import { chargeStatus, type ChargeStatus } from './charge-status';

enum AssetChargeStatus {
  PENDING = 'PENDING',
  IN_PAYROLL = 'IN_PAYROLL',
  DEDUCTED = 'DEDUCTED',
}
registerEnumType(AssetChargeStatus, {
  name: 'AssetChargeStatus',
  description: 'PENDING: not in any payroll yet; IN_PAYROLL: in a payroll awaiting signatures; DEDUCTED: deducted by a signed-off payroll',
  valuesConfig: {
    PENDING: { description: 'Not in any payroll yet' },
    IN_PAYROLL: { description: 'In a payroll awaiting signatures' },
    DEDUCTED: { description: 'Deducted by a signed-off payroll' },
  },
});

@ObjectType({ description: 'An asset-loss charge (R-3.3) on its way to a payroll deduction' })
export class AssetCharge {
  @Field(() => ID, { description: 'The charge (AssetLossCharged)' }) chargeId!: string;
  @Field(() => ID, { description: 'The employee' }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部)' }) branchId!: string;
  @Field(() => ID, { description: 'The asset charged for' }) assetId!: string;
  @Field({ description: 'DAMAGE, LOSS or THEFT' }) kind!: string;
  @Field(() => FenScalar, { description: 'The amount charged (the compensation standard says what share of it payroll deducts)' }) amountFen!: number;
  @Field(() => LocalDateScalar, { description: 'Day the charge was made' }) chargedOn!: string;
  @Field(() => YearMonthScalar, { description: 'The first payroll month that may deduct it' }) month!: string;
  @Field(() => AssetChargeStatus, { description: 'Where it stands' }) status!: ChargeStatus;
  @Field(() => ID, { nullable: true, description: 'IN_PAYROLL: the run awaiting signatures; DEDUCTED: the signed-off run' }) payrollId!: string | null;
  @Field(() => YearMonthScalar, { description: 'Month of the payroll run that holds or deducted it; null while pending', nullable: true }) payrollMonth!:
    string | null;
}

/** The person charged; the branch's finance, deputy and manager; head office. */
export const canSeeCharges = (p: Principal, employee: { id: string; branchId: string }): boolean =>
  p.employeeId === employee.id || isHeadOffice(p) || inBranch(p, employee.branchId, ...PAYROLL_BRANCH_ROLES);

async function withStatus(em: EntityManager, charges: AssetLossCharge[]): Promise<AssetCharge[]> {
  if (!charges.length) return [];
  const employeeIds = [...new Set(charges.map((c) => c.employeeId))];
  const lines = await em.find(
    PayrollLine,
    { employeeId: { $in: employeeIds }, assetLossChargeIds: { $ne: '[]' } },
    { fields: ['runId', 'employeeId', 'assetLossChargeIds'] },
  );
  const runIds = [...new Set([...lines.map((l) => l.runId), ...charges.map((c) => c.settledInPayrollId).filter((x): x is string => !!x)])];
  const runs = new Map((runIds.length ? await em.find(PayrollRun, { id: { $in: runIds } }, { fields: ['id', 'month', 'status'] }) : []).map((r) => [r.id, r]));
  return charges.map((c) => {
    const listing = lines.filter((l) => (JSON.parse(l.assetLossChargeIds) as string[]).includes(c.chargeId)).map((l) => l.runId);
    if (c.settledInPayrollId) listing.push(c.settledInPayrollId);
    const refs = [...new Set(listing)]
      .map((id) => runs.get(id))
      .filter((r): r is PayrollRun => !!r)
      .map((r) => ({ id: r.id, month: r.month, status: r.status }));
    return {
      chargeId: c.chargeId,
      employeeId: c.employeeId,
      branchId: c.branchId,
      assetId: c.assetId,
      kind: c.kind,
      amountFen: Number(c.amountFen),
      chargedOn: c.chargedOn,
      month: c.month,
      ...chargeStatus(c, refs),
    };
  });
}

@Resolver(() => AssetCharge)
export class AssetChargeResolver {
  @Authorized()
  @Query(() => [AssetCharge], {
    description:
      "Asset-loss charges with their status, newest first: a person's (themself; their branch's finance, deputy, manager; head office), a branch's (finance, deputy, manager; head office), or without arguments the caller's own",
  })
  async assetCharges(
    @Arg('employeeId', () => ID, { description: 'The employee', nullable: true }) employeeId: string | undefined,
    @Arg('branchId', () => ID, { description: 'The branch (营业部)', nullable: true }) branchId: string | undefined,
    @Arg('status', () => AssetChargeStatus, { description: 'Where it stands', nullable: true }) status: AssetChargeStatus | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetCharge[]> {
    if (employeeId && branchId)
      throw new BadInputError('Name a person or a branch, not both', [{ field: 'branchId', problem: 'leave it out when naming a person' }]);
    const where: FilterQuery<AssetLossCharge> = {};
    if (branchId) {
      if (!isHeadOffice(principal) && !inBranch(principal, branchId, ...PAYROLL_BRANCH_ROLES))
        throw new ForbiddenError(`You may not see the charges of branch ${branchId}`);
      where.branchId = branchId;
    } else {
      const id = employeeId ?? principal.employeeId;
      if (!id) return [];
      const known = await em.findOne(KnownEmployee, id);
      if (!canSeeCharges(principal, { id, branchId: known?.branchId ?? '' })) throw new ForbiddenError(`You may not see the charges of employee ${id}`);
      where.employeeId = id;
    }
    const all = await withStatus(em, await em.find(AssetLossCharge, where, { orderBy: { chargedOn: 'desc', chargeId: 'asc' }, limit: 500 }));
    return status ? all.filter((c) => c.status === status) : all;
  }
}
