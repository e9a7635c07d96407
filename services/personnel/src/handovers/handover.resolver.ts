/**
 * handovers signed by both (issue 16 item 9). `handOverAssets` (assets module, the asset
 * keeper) records the act PENDING; each party acknowledges it here; reads follow the held-items rule.
 */
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { ConflictError, ForbiddenError, NotFoundError, type RequestContext } from '@bg/graphql';
import { Employee } from '../employees/employee.entity';
import { canSeeHeldAssets, ledgerReadScope } from '../assets/asset.rules';
import { AssetHandoverAct, HandoverStatus } from './handover.entity';
import { acknowledgement, handoverStatus } from './handover.rules';

/** The act recorded by the keeper's handover, in the same flush as its ledger lines. */
export function openHandoverAct(
  em: EntityManager,
  p: Principal,
  a: { actId: string; branchId: string; fromEmployeeId: string; toEmployeeId: string; at: Date },
): AssetHandoverAct {
  const act = em.create(AssetHandoverAct, { ...a, recordedBy: p.username, status: HandoverStatus.PENDING } as AssetHandoverAct);
  return act;
}

async function readable(em: EntityManager, p: Principal, act: AssetHandoverAct): Promise<boolean> {
  if (p.employeeId === act.fromEmployeeId || p.employeeId === act.toEmployeeId) return true;
  if (ledgerReadScope(p, act.branchId)?.teamId === null) return true;
  const people = await em.find(Employee, { id: { $in: [act.fromEmployeeId, act.toEmployeeId] } });
  return people.some((e) => canSeeHeldAssets(p, e));
}

@Resolver(() => AssetHandoverAct)
export class AssetHandoverResolver {
  @Authorized()
  @Mutation(() => AssetHandoverAct, { description: 'Acknowledge a handover (R-3.2: signed by both): the one handing over or the one receiving, for themself' })
  async acknowledgeHandover(
    @Arg('actId', () => ID, { description: 'The handover act' }) actId: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetHandoverAct> {
    const act = await em.findOne(AssetHandoverAct, actId, { refresh: true });
    if (!act) throw new NotFoundError('Handover', actId);
    const ack = acknowledgement(act, principal.employeeId);
    if ('code' in ack) throw ack.code === 'FORBIDDEN' ? new ForbiddenError(ack.message) : new ConflictError(ack.message);
    const now = new Date();
    if (ack.side === 'from') act.fromAcknowledgedAt = now;
    else act.toAcknowledgedAt = now;
    act.status = handoverStatus(act) as HandoverStatus;
    try {
      await em.flush();
    } catch (e) {
      if (e instanceof OptimisticLockError) throw new ConflictError('The other party acknowledged at the same moment; try again');
      throw e;
    }
    return act;
  }

  @Authorized()
  @Query(() => AssetHandoverAct, { description: 'A handover: its parties, the branch keeper and managers, the team lead, head office' })
  async assetHandover(
    @Arg('actId', () => ID, { description: 'The handover act' }) actId: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetHandoverAct> {
    const act = await em.findOne(AssetHandoverAct, actId);
    if (!act) throw new NotFoundError('Handover', actId);
    if (!(await readable(em, principal, act))) throw new ForbiddenError('You may not see this handover');
    return act;
  }

  @Authorized()
  @Query(() => [AssetHandoverAct], {
    description: "Handovers of a branch (keeper, branch managers, head office), newest first; or, without branchId, the caller's own (handed over or received)",
  })
  async assetHandovers(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)', nullable: true }) branchId: string | undefined,
    @Arg('status', () => HandoverStatus, { description: 'Where it stands', nullable: true }) status: HandoverStatus | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetHandoverAct[]> {
    const filter = status ? { status } : {};
    if (!branchId) {
      if (!principal.employeeId) return [];
      return em.find(
        AssetHandoverAct,
        { $or: [{ fromEmployeeId: principal.employeeId }, { toEmployeeId: principal.employeeId }], ...filter },
        { orderBy: { at: 'desc' } },
      );
    }
    if (ledgerReadScope(principal, branchId)?.teamId !== null) throw new ForbiddenError(`You may not list the handovers of branch ${branchId}`);
    return em.find(AssetHandoverAct, { branchId, ...filter }, { orderBy: { at: 'desc' }, limit: 200 });
  }
}
