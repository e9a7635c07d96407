import type { EntityManager } from '@mikro-orm/core';
import { ConflictError } from '@bg/graphql';
import { BranchMonthClose, MonthState } from './month.entity';

/** Refuses a change to a closed month of a branch: only the branch manager's reopen lifts it. */
export async function assertMonthsOpen(em: EntityManager, branchId: string, months: string[]): Promise<void> {
  if (!months.length) return;
  const closed = await em.findOne(BranchMonthClose, { branchId, month: { $in: [...new Set(months)] }, state: MonthState.CLOSED });
  if (closed) throw new ConflictError(`Attendance of ${closed.month} is closed for branch ${branchId}; the branch manager may reopen it with a reason`);
}
