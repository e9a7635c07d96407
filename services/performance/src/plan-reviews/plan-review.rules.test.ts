import { missingReviews, periodsOfYear, reviewPeriodDays, reviewProblems } from './plan-review.rules';

const review = { period: '2026-07', reviewedOn: '2026-08-03', findings: '开户进度落后, 李娜缺 1 户', correctiveActions: '每周增加两场网点驻点' };

describe('plan reviews (计划回顾, 第五条)', () => {
  it('is for a month or a quarter', () => {
    expect(reviewPeriodDays('2026-07')).toEqual({ first: '2026-07-01', last: '2026-07-31' });
    expect(reviewPeriodDays('2026-Q1')).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(reviewPeriodDays('2026-H1')).toBeNull();
    expect(reviewPeriodDays('2026')).toBeNull();
    expect(reviewProblems({ ...review, period: '2026-H2' }, '2026-11-01', false)).toEqual([
      { field: 'period', problem: 'a plan review is for a month (2026-07) or a quarter (2026-Q3)' },
    ]);
  });

  it('is made within or after the period, not in the future, with findings', () => {
    expect(reviewProblems(review, '2026-11-01', true)).toEqual([]);
    expect(reviewProblems({ ...review, reviewedOn: '2026-07-15' }, '2026-11-01', false)).toEqual([]); // a mid-month review
    expect(reviewProblems({ ...review, reviewedOn: '2026-06-30', findings: ' ' }, '2026-11-01', false).map((p) => p.field)).toEqual(['reviewedOn', 'findings']);
    expect(reviewProblems({ ...review, reviewedOn: '2026-11-02' }, '2026-11-01', false).map((p) => p.field)).toEqual(['reviewedOn']);
  });

  it('says how to correct a shortfall when the team is behind; a team on track may leave it empty', () => {
    expect(reviewProblems({ ...review, correctiveActions: '' }, '2026-11-01', false)).toEqual([]);
    expect(reviewProblems({ ...review, correctiveActions: '  ' }, '2026-11-01', true).map((p) => p.field)).toEqual(['correctiveActions']);
    expect(reviewProblems({ ...review, findings: 'x'.repeat(20_001) }, '2026-11-01', false).map((p) => p.field)).toEqual(['findings']);
  });

  it('lists the periods over, planned and not reviewed, like the gaps of meetings', () => {
    expect(periodsOfYear(2026, 'QUARTER')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const planned = (m: string) => m >= '2026-03'; // a new team's plan from March
    expect(missingReviews(2026, 'MONTH', '2026-08-01', new Set(['2026-05']), planned)).toEqual([
      { period: '2026-03', lastDay: '2026-03-31' },
      { period: '2026-04', lastDay: '2026-04-30' },
      { period: '2026-06', lastDay: '2026-06-30' },
      { period: '2026-07', lastDay: '2026-07-31' },
    ]);
    expect(missingReviews(2026, 'QUARTER', '2026-10-01', new Set(['2026-Q2']), () => true).map((g) => g.period)).toEqual(['2026-Q1', '2026-Q3']);
    expect(missingReviews(2026, 'QUARTER', '2026-09-30', new Set(), () => true).map((g) => g.period)).toEqual(['2026-Q1', '2026-Q2']); // Q3 still running
  });
});
