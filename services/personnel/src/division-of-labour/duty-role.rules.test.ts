import { assignmentOn, divisionOn, dutyInTeamOn, type DutyAssignmentFact } from './duty-role.rules';

const a = (employeeId: string, role: 'DEVELOPMENT' | 'SERVICE', effectiveOn: string, teamId = 'T1'): DutyAssignmentFact => ({
  employeeId,
  teamId,
  role,
  effectiveOn,
});

describe('duty roles in force (分工, effective-dated)', () => {
  const history = [a('E1', 'DEVELOPMENT', '2026-01-01'), a('E1', 'SERVICE', '2026-07-01')];

  it('takes the latest assignment on or before the day; none before the first', () => {
    expect(assignmentOn(history, '2025-12-31')).toBeNull();
    expect(assignmentOn(history, '2026-01-01')?.role).toBe('DEVELOPMENT');
    expect(assignmentOn(history, '2026-06-30')?.role).toBe('DEVELOPMENT');
    expect(assignmentOn(history, '2026-07-01')?.role).toBe('SERVICE');
    expect(assignmentOn([...history].reverse(), '2026-12-01')?.role).toBe('SERVICE');
  });

  it("does not carry a duty into another team: the old team's assignment stops counting", () => {
    const moved = [a('E1', 'DEVELOPMENT', '2026-01-01', 'T1'), a('E1', 'SERVICE', '2026-09-01', 'T2')];
    expect(dutyInTeamOn(moved, 'T1', '2026-08-31')?.role).toBe('DEVELOPMENT');
    expect(dutyInTeamOn(moved, 'T1', '2026-09-01')).toBeNull();
    expect(dutyInTeamOn(moved, 'T2', '2026-09-01')?.role).toBe('SERVICE');
  });

  it("counts the team's members per role on a day, the unassigned too, people since gone included", () => {
    const members = [
      { id: 'E1', hiredOn: '2020-01-01' },
      { id: 'E2', hiredOn: '2020-01-01' },
      { id: 'E3', hiredOn: '2026-10-01' }, // not hired yet on 2026-08-01
    ];
    const rows = [...history, a('E2', 'DEVELOPMENT', '2026-03-01'), a('E9', 'SERVICE', '2026-02-01')]; // E9 has since left
    const d = divisionOn('T1', '2026-08-01', members, rows);
    expect(d.members.map((m) => [m.employeeId, m.assignment?.role ?? null])).toEqual([
      ['E1', 'SERVICE'],
      ['E2', 'DEVELOPMENT'],
      ['E9', 'SERVICE'],
    ]);
    expect(d.counts).toEqual({ development: 1, service: 2, unassigned: 0 });
    expect(divisionOn('T1', '2026-01-15', members, rows).counts).toEqual({ development: 1, service: 0, unassigned: 1 });
  });
});
