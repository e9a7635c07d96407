import { canSeePerson, peopleScope, principalFromClaims, type Principal } from './principal';

const p = (roles: string[], claims: Record<string, string> = {}): Principal =>
  principalFromClaims({ sub: 's', realm_access: { roles: [...roles, 'offline_access'] }, ...claims });

const zhang = { id: 'E1001', branchId: 'SZ01', teamId: 'SZ01-T1', groupId: 'SZ01-T1-G1' };
const gzManager = { id: 'E2001', branchId: 'GZ01', teamId: 'GZ01-T1', groupId: 'GZ01-T1-G1' };

describe('people scope (DOMAIN.md roles table)', () => {
  it('keeps only realm roles of the domain', () => {
    expect(p(['team-lead', 'uma_authorization']).roles).toEqual(['team-lead']);
  });

  it('gives each role its scope', () => {
    expect(peopleScope(p(['client-manager'], { employee_id: 'E1001' }))).toEqual({ kind: 'self', employeeId: 'E1001' });
    expect(peopleScope(p(['group-leader'], { group_id: 'G1' }))).toEqual({ kind: 'group', groupId: 'G1' });
    expect(peopleScope(p(['team-lead'], { team_id: 'T1' }))).toEqual({ kind: 'team', teamId: 'T1' });
    expect(peopleScope(p(['branch-manager'], { branch_id: 'SZ01' }))).toEqual({ kind: 'branch', branchId: 'SZ01' });
    expect(peopleScope(p(['recruiter'], { branch_id: 'SZ01' }))).toEqual({ kind: 'branch', branchId: 'SZ01' });
    expect(peopleScope(p(['recruiter'], { branch_id: 'HQ' }))).toEqual({ kind: 'all' });
    expect(peopleScope(p(['executive']))).toEqual({ kind: 'all' });
    expect(peopleScope(p([]))).toEqual({ kind: 'none' });
  });

  it('takes the widest of several roles', () => {
    expect(peopleScope(p(['client-manager', 'group-leader'], { employee_id: 'E1', group_id: 'G1' }))).toEqual({ kind: 'group', groupId: 'G1' });
  });

  it('lets a manager see only themself and a branch role only its branch', () => {
    const self = p(['client-manager'], { employee_id: 'E1001' });
    expect(canSeePerson(self, zhang)).toBe(true);
    expect(canSeePerson(self, gzManager)).toBe(false);
    const szManager = p(['branch-manager'], { branch_id: 'SZ01' });
    expect(canSeePerson(szManager, zhang)).toBe(true);
    expect(canSeePerson(szManager, gzManager)).toBe(false);
  });
});
