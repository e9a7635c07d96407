import { EmploymentType } from '../employees/employee.entity';
import { ContractKind, ContractStatus } from './contract.entity';
import { addDays, contractProblems, contractStatus, daysBetween, defaultEndsOn, kindFor, overlaps, termsSince } from './contract.rules';

const terms = {
  kind: ContractKind.LABOUR_CONTRACT,
  signedOn: '2026-10-30',
  startsOn: '2026-11-02',
  endsOn: '2027-11-01',
  originalLocation: 'SZ01 档案柜 A-03',
};

describe('contract rules (R-6.2)', () => {
  it('runs one year from the start, less a day', () => {
    expect(defaultEndsOn('2026-11-02')).toBe('2027-11-01');
    expect(defaultEndsOn('2026-01-01')).toBe('2026-12-31');
    expect(defaultEndsOn('2028-02-29')).toBe('2029-02-28');
    expect(defaultEndsOn('2027-03-01')).toBe('2028-02-29');
  });

  it('renews one-year terms back to back from the hire up to the one in force today (the demo contracts)', () => {
    expect(termsSince('2024-03-01', '2026-11-29')).toEqual([
      { startsOn: '2024-03-01', endsOn: '2025-02-28' },
      { startsOn: '2025-03-01', endsOn: '2026-02-28' },
      { startsOn: '2026-03-01', endsOn: '2027-02-28' },
    ]);
    expect(termsSince('2025-11-29', '2026-11-29').map((t) => t.startsOn)).toEqual(['2025-11-29', '2026-11-29']);
    expect(termsSince('2027-01-04', '2026-11-29')).toEqual([{ startsOn: '2027-01-04', endsOn: '2028-01-03' }]);
  });

  it('counts days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-01', '2026-11-11')).toBe(10);
    expect(daysBetween('2026-11-11', '2026-11-01')).toBe(-10);
  });

  it('matches the kind to the employment type', () => {
    expect(kindFor(EmploymentType.FULL_TIME)).toBe(ContractKind.LABOUR_CONTRACT);
    expect(kindFor(EmploymentType.PART_TIME)).toBe(ContractKind.COOPERATION_AGREEMENT);
    expect(contractProblems(terms, EmploymentType.FULL_TIME)).toEqual([]);
    expect(contractProblems(terms, EmploymentType.PART_TIME)).toEqual([
      { field: 'kind', problem: expect.stringMatching(/part-time employee signs a COOPERATION_AGREEMENT/) },
    ]);
  });

  it('refuses an end before the start, bad dates and no filing place', () => {
    expect(contractProblems({ ...terms, endsOn: '2026-11-01' }, EmploymentType.FULL_TIME)).toEqual([
      { field: 'endsOn', problem: expect.stringMatching(/ends .* before it starts/) },
    ]);
    expect(contractProblems({ ...terms, endsOn: '2026-11-02' }, EmploymentType.FULL_TIME)).toEqual([]);
    expect(contractProblems({ ...terms, startsOn: '2026-02-30' }, EmploymentType.FULL_TIME).map((p) => p.field)).toEqual(['startsOn']);
    expect(contractProblems({ ...terms, originalLocation: ' ' }, EmploymentType.FULL_TIME).map((p) => p.field)).toEqual(['originalLocation']);
  });

  it('finds overlaps, inclusive of the last day', () => {
    const a = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
    expect(overlaps(a, { startsOn: '2026-12-31', endsOn: '2027-12-30' })).toBe(true);
    expect(overlaps(a, { startsOn: '2027-01-01', endsOn: '2027-12-31' })).toBe(false);
    expect(overlaps(a, { startsOn: '2025-01-01', endsOn: '2027-12-31' })).toBe(true);
  });

  it('derives the status from the dates', () => {
    const c = { startsOn: '2026-01-01', endsOn: '2026-12-31', nextContractId: null };
    expect(contractStatus(c, '2025-12-31')).toBe(ContractStatus.UPCOMING);
    expect(contractStatus(c, '2026-12-31')).toBe(ContractStatus.IN_FORCE);
    expect(contractStatus(c, '2027-01-01')).toBe(ContractStatus.EXPIRED);
    expect(contractStatus({ ...c, nextContractId: 'n' }, '2027-01-01')).toBe(ContractStatus.RENEWED);
  });
});
