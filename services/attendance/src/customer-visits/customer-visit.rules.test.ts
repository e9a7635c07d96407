import { CustomerTier, IssueStatus } from './customer-visit.entity';
import { followUpSubject, isOverdue, visitReport } from './customer-visit.rules';

describe('customer visits (R-2.9)', () => {
  it("lists a visitor's own follow-ups when no team or person is named (谁走访谁督办)", () => {
    expect(followUpSubject({}, 'E1001')).toEqual({ employeeId: 'E1001' });
    expect(followUpSubject({ teamId: 'SZ01-T1' }, 'E1001')).toEqual({ teamId: 'SZ01-T1' });
    expect(followUpSubject({ employeeId: 'E1004' }, 'E1001')).toEqual({ employeeId: 'E1004' });
    expect(followUpSubject({}, null)).toEqual([{ field: 'teamId', problem: 'you are not an employee with visits of your own: name a team or an employee' }]);
    expect(followUpSubject({ teamId: 'SZ01-T1', employeeId: 'E1001' }, 'E1001')).toEqual([
      { field: 'employeeId', problem: 'name a team or an employee, not both' },
    ]);
  });

  it('is overdue when the customer was not told by the due date', () => {
    expect(isOverdue({ status: IssueStatus.OPEN, dueOn: '2027-03-12', customerToldOn: null }, '2027-03-12')).toBe(false);
    expect(isOverdue({ status: IssueStatus.PASSED, dueOn: '2027-03-12', customerToldOn: null }, '2027-03-13')).toBe(true);
    expect(isOverdue({ status: IssueStatus.RESOLVED, dueOn: '2027-03-12', customerToldOn: '2027-03-12' }, '2027-04-01')).toBe(false);
    expect(isOverdue({ status: IssueStatus.RESOLVED, dueOn: '2027-03-12', customerToldOn: '2027-03-15' }, '2027-04-01')).toBe(true);
  });

  it('reports visits per tier and issues opened, resolved and overdue, by manager', () => {
    const range = { from: '2027-01-01', to: '2027-03-31' };
    const report = visitReport(
      [
        { employeeId: 'E1', tier: CustomerTier.VIP },
        { employeeId: 'E1', tier: CustomerTier.KEY },
        { employeeId: 'E2', tier: CustomerTier.VIP },
      ],
      [
        { employeeId: 'E1', raisedOn: '2027-03-05', status: IssueStatus.OPEN, dueOn: '2027-03-12', customerToldOn: null },
        { employeeId: 'E2', raisedOn: '2027-02-01', status: IssueStatus.RESOLVED, dueOn: '2027-02-10', customerToldOn: '2027-02-09' },
      ],
      range,
      '2027-04-01',
    );
    expect(report.total).toMatchObject({ visits: 3, issuesOpened: 2, issuesResolved: 1, issuesOverdue: 1 });
    expect(report.total.byTier).toEqual([
      { tier: 'VIP', visits: 2 },
      { tier: 'KEY', visits: 1 },
      { tier: 'ORDINARY', visits: 0 },
    ]);
    expect(report.byManager.map((l) => [l.employeeId, l.visits, l.issuesOverdue])).toEqual([
      ['E1', 2, 1],
      ['E2', 1, 0],
    ]);
  });
});
