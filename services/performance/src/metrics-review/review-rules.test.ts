import { reviewConflict, reviewProblem, reviewState } from './review-rules';

describe('finance review (复核) of the CRM import before payroll (R-4.1)', () => {
  it('covers the revision it reviewed; a re-import makes it stale', () => {
    expect(reviewState({ revision: 1, reviewedRevision: null })).toBe('NOT_REVIEWED');
    expect(reviewState({ revision: 2, reviewedRevision: 2 })).toBe('REVIEWED');
    expect(reviewState({ revision: 3, reviewedRevision: 2 })).toBe('STALE');
  });
  it('blocks payroll until the current figures are reviewed, saying why', () => {
    expect(reviewProblem({ revision: 2, reviewedRevision: 2 }, 'SZ01', '2026-11')).toBeNull();
    expect(reviewProblem({ revision: 1, reviewedRevision: null }, 'SZ01', '2026-11')).toEqual({
      field: 'metricsReview',
      problem: expect.stringContaining('has not reviewed'),
    });
    expect(reviewProblem({ revision: 3, reviewedRevision: 2 }, 'SZ01', '2026-11')!.problem).toContain('review them again');
  });
  it('reviews a revision once', () => {
    expect(reviewConflict({ revision: 1, reviewedRevision: null })).toBeNull();
    expect(reviewConflict({ revision: 3, reviewedRevision: 2 })).toBeNull();
    expect(reviewConflict({ revision: 2, reviewedRevision: 2 })).toContain('already reviewed');
  });
});
