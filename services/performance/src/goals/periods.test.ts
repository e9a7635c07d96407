import { monthsOf, periodKind, twelveMonthsFrom } from './periods';

describe('periods', () => {
  it('knows months, quarters, half years and years', () => {
    expect(monthsOf('2026-03')).toEqual(['2026-03']);
    expect(monthsOf('2026-Q2')).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOf('2026-H2')).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(monthsOf('2026')).toHaveLength(12);
    expect(periodKind('2026-Q4')).toBe('QUARTER');
    for (const bad of ['2026-13', '2026-Q5', '2026-H3', '26', '2026-1', '']) expect(monthsOf(bad)).toBeNull();
  });

  it("counts a new team's twelve months across the year end", () => {
    expect(twelveMonthsFrom('2026-09')).toEqual([
      ...['09', '10', '11', '12'].map((m) => `2026-${m}`),
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((m) => `2027-${m}`),
    ]);
  });
});
