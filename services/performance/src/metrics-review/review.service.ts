/** finance review (复核) of a branch's month of CRM figures (issue 16 item 11). */
import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@bg/graphql';
import { inBranch } from '../access';
import { findDetached } from '@bg/db';
import { recordEvents } from '@bg/events';
import { MetricsImport } from '../metrics/metrics-import.entity';
import { BusinessMetrics } from '../metrics/business-metrics.entity';
import { reviewConflict } from './review-rules';

export async function reviewMetricsImport(
  em: EntityManager,
  p: Principal,
  branchId: string,
  month: string,
  comment: string,
  now = new Date(),
): Promise<MetricsImport> {
  if (!inBranch(p, branchId, 'branch-finance'))
    throw new ForbiddenError(`The CRM figures of branch ${branchId} are reviewed by its finance department (branch-finance)`);
  if (comment.length > 1000) throw new BadInputError('The comment is too long', [{ field: 'comment', problem: 'at most 1,000 characters' }]);
  return em.transactional(async (tx) => {
    const imp = await tx.findOne(MetricsImport, { branchId, month });
    if (!imp) throw new NotFoundError('CRM import', `${branchId} ${month}`);
    const conflict = reviewConflict(imp);
    if (conflict) throw new ConflictError(conflict);
    Object.assign(imp, { reviewedRevision: imp.revision, reviewedBy: p.username, reviewedAt: now, reviewComment: comment.trim() });
    // R-6.4 (issue 16 item 12): each manager's reviewed results of the month go to personnel's archive, with the review.
    const lines = await findDetached(tx, BusinessMetrics, { branchId, month }, { orderBy: { employeeId: 'asc' } });
    await recordEvents(
      tx,
      'performance',
      lines.map((m) => ({
        name: 'MonthlyResultsReviewed' as const,
        subject: m.employeeId,
        data: {
          employeeId: m.employeeId,
          branchId,
          month,
          customersDeveloped: m.customersDeveloped,
          newAccounts: m.newAccounts,
          newAssetsFen: Number(m.newAssets),
          customerAssetsFen: Number(m.customerAssets),
          netRevenueFen: Number(m.netRevenue),
          reviewedBy: p.username,
        },
      })),
    );
    await tx.flush();
    return imp;
  });
}
