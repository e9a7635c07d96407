import { foldPeriods, inForceOn, overlapDays, type EmployeeFacts, type FactChange } from './employee-periods';

const hire: EmployeeFacts = {
  branchId: 'SZ01',
  teamId: 'SZ01-T1',
  groupId: 'SZ01-T1-G1',
  outletId: 'SZ01-O1',
  level: 'L1',
  employmentType: 'FULL_TIME',
  status: 'ACTIVE',
  post: 'CLIENT_MANAGER',
};
const change = (kind: FactChange['kind'], effectiveOn: string, seq: number, changes: Partial<EmployeeFacts>): FactChange => ({
  kind,
  effectiveOn,
  seq,
  changes,
});
const spans = (changes: FactChange[]) => foldPeriods(changes).map((p) => `${p.effectiveFrom}..${p.effectiveTo ?? ''} ${p.level} ${p.teamId} ${p.status}`);

describe("facts in force: an employee's periods from their changes", () => {
  it('starts at the hire and splits at each change, each fact from its day on', () => {
    expect(
      spans([
        change('HIRED', '2026-01-05', 1, hire),
        change('LEVEL_CHANGED', '2026-03-16', 2, { level: 'L2' }),
        change('TRANSFERRED', '2026-06-01', 3, { teamId: 'SZ01-T2' }),
        change('DEPARTED', '2026-09-16', 4, { status: 'DEPARTED' }),
      ]),
    ).toEqual([
      '2026-01-05..2026-03-15 L1 SZ01-T1 ACTIVE',
      '2026-03-16..2026-05-31 L2 SZ01-T1 ACTIVE',
      '2026-06-01..2026-09-15 L2 SZ01-T2 ACTIVE',
      '2026-09-16.. L2 SZ01-T2 DEPARTED',
    ]);
  });

  it('folds a backdated change in at its date whatever the order it arrived in, keeping later changes of the same fact', () => {
    // The level change to L3 from July arrived first; then one to L2 backdated to March.
    expect(
      spans([
        change('HIRED', '2026-01-05', 1, hire),
        change('LEVEL_CHANGED', '2026-07-01', 2, { level: 'L3' }),
        change('LEVEL_CHANGED', '2026-03-01', 3, { level: 'L2' }),
      ]),
    ).toEqual(['2026-01-05..2026-02-28 L1 SZ01-T1 ACTIVE', '2026-03-01..2026-06-30 L2 SZ01-T1 ACTIVE', '2026-07-01.. L3 SZ01-T1 ACTIVE']);
  });

  it('applies changes of one day in arrival order, and ignores changes before the hire', () => {
    expect(
      spans([
        change('LEVEL_CHANGED', '2025-12-01', 1, { level: 'L4' }),
        change('HIRED', '2026-01-05', 2, hire),
        change('TRANSFERRED', '2026-02-01', 3, { teamId: 'SZ01-T2' }),
        change('TRANSFERRED', '2026-02-01', 4, { teamId: 'SZ01-T3' }),
      ]),
    ).toEqual(['2026-01-05..2026-01-31 L1 SZ01-T1 ACTIVE', '2026-02-01.. L1 SZ01-T3 ACTIVE']);
    expect(foldPeriods([change('LEVEL_CHANGED', '2026-01-01', 1, { level: 'L2' })])).toEqual([]);
  });

  it('answers what was in force on a day, and the days of a period within a month', () => {
    const periods = foldPeriods([change('HIRED', '2026-01-05', 1, hire), change('LEVEL_CHANGED', '2026-03-16', 2, { level: 'L2' })]);
    expect(inForceOn(periods, '2026-01-04')).toBeNull();
    expect(inForceOn(periods, '2026-03-15')?.level).toBe('L1');
    expect(inForceOn(periods, '2026-03-16')?.level).toBe('L2');
    expect(overlapDays(periods[0], '2026-03-01', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-15', days: 15 });
    expect(overlapDays(periods[1], '2026-03-01', '2026-03-31')).toEqual({ from: '2026-03-16', to: '2026-03-31', days: 16 });
    expect(overlapDays(periods[0], '2026-04-01', '2026-04-30')).toBeNull();
  });
});
