import type { Principal } from '@bg/auth';
import { assignmentDayProblems, mayManageRegions, memberProblems, nameProblems } from './region.rules';

const who = (roles: Principal['roles'], teamId: string | null, branchId = 'SZ01'): Principal => ({
  subject: 's',
  username: 'u',
  roles,
  employeeId: 'E1',
  branchId,
  teamId,
  groupId: null,
});
const team = { id: 'SZ01-T1', branchId: 'SZ01' };

describe('regions (区域) of a team', () => {
  it("are shaped by the team's lead or the branch's manager only", () => {
    expect(mayManageRegions(who(['team-lead'], 'SZ01-T1'), team)).toBe(true);
    expect(mayManageRegions(who(['team-lead'], 'SZ01-T2'), team)).toBe(false);
    expect(mayManageRegions(who(['branch-manager'], null), team)).toBe(true);
    expect(mayManageRegions(who(['branch-manager'], null, 'GZ01'), team)).toBe(false);
    expect(mayManageRegions(who(['client-manager', 'regional-manager', 'group-leader'], 'SZ01-T1'), team)).toBe(false);
  });
  it('take people of the team who have not departed', () => {
    expect(memberProblems('managerId', 'E9', undefined, 'SZ01-T1')[0].problem).toBe('no employee E9');
    expect(memberProblems('managerId', 'E2', { id: 'E2', name: '何军', teamId: 'GZ01-T1', status: 'ACTIVE' }, 'SZ01-T1')[0].problem).toMatch(/not in team/);
    expect(memberProblems('managerId', 'E2', { id: 'E2', name: '何军', teamId: 'SZ01-T1', status: 'DEPARTED' }, 'SZ01-T1')[0].problem).toMatch(/departed/);
    expect(memberProblems('managerId', 'E2', { id: 'E2', name: '何军', teamId: 'SZ01-T1', status: 'ACTIVE' }, 'SZ01-T1')).toEqual([]);
  });
  it('assign from today or earlier, while the region is open', () => {
    expect(assignmentDayProblems('2026-11-30', '2026-11-29', null)).toHaveLength(1);
    expect(assignmentDayProblems('2026-11-29', '2026-11-29', null)).toEqual([]);
    expect(assignmentDayProblems('2026-11-20', '2026-11-29', { closedOn: '2026-11-20' })).toHaveLength(1);
    expect(assignmentDayProblems('2026-11-19', '2026-11-29', { closedOn: '2026-11-20' })).toEqual([]);
  });
  it('have a name', () => {
    expect(nameProblems('  ')).toHaveLength(1);
    expect(nameProblems('福田区域')).toEqual([]);
  });
});
