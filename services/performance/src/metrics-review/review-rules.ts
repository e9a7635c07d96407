/**
 * finance review (复核, issue 16 item 11), pure: branch finance reviews the month's business
 * summary (the CRM import) before payroll is computed from it. A review covers one revision: a
 * re-import replaces the figures and needs a new review.
 */
export type ReviewState = 'NOT_REVIEWED' | 'REVIEWED' | 'STALE';

export interface ImportReview {
  revision: number;
  reviewedRevision: number | null;
}

export function reviewState(i: ImportReview): ReviewState {
  if (i.reviewedRevision === null) return 'NOT_REVIEWED';
  return i.reviewedRevision === i.revision ? 'REVIEWED' : 'STALE';
}

/** The payroll prerequisite: null when the current figures are reviewed, else the problem to list. */
export function reviewProblem(i: ImportReview, branchId: string, month: string): { field: string; problem: string } | null {
  const state = reviewState(i);
  if (state === 'REVIEWED') return null;
  return {
    field: 'metricsReview',
    problem:
      state === 'STALE'
        ? `the CRM figures of ${month} for ${branchId} were re-imported (revision ${i.revision}) after finance reviewed revision ${i.reviewedRevision}: review them again`
        : `branch finance has not reviewed (复核) the CRM figures of ${month} for ${branchId}`,
  };
}

/** Why a review is refused now, or null. */
export function reviewConflict(i: ImportReview): string | null {
  return reviewState(i) === 'REVIEWED' ? `Revision ${i.revision} of these figures is already reviewed` : null;
}
