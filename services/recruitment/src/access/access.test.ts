import type { Principal, Role } from '@bg/auth';
import { branchFilter, candidateScope, covers, requisitionScope, trainerScope, trainingReadScope } from './access';

const p = (roles: Role[], branchId: string | null, employeeId = 'X'): Principal => ({
  subject: employeeId,
  username: employeeId,
  roles,
  employeeId,
  branchId,
  teamId: null,
  groupId: null,
});

describe('candidate data (personal, sensitive)', () => {
  it('recruiters see their branch, head-office recruiters all, branch managers their branch', () => {
    expect(candidateScope(p(['recruiter'], 'SZ01'))).toEqual({ kind: 'branch', branchId: 'SZ01' });
    expect(candidateScope(p(['recruiter'], 'HQ'))).toEqual({ kind: 'all' });
    expect(candidateScope(p(['branch-manager'], 'GZ01'))).toEqual({ kind: 'branch', branchId: 'GZ01' });
  });

  it('nobody else: client managers, leads, clerks, trainers, deputies and head-office departments', () => {
    for (const roles of [
      ['client-manager'],
      ['team-lead'],
      ['archive-clerk'],
      ['trainer'],
      ['branch-deputy-manager'],
      ['brokerage-office'],
      ['channel-management'],
      ['executive'],
    ] as Role[][]) {
      expect(candidateScope(p(roles, roles.includes('brokerage-office') || roles.includes('executive') ? 'HQ' : 'SZ01'))).toEqual({ kind: 'none' });
    }
  });
});

describe('requisitions and training', () => {
  it('requisitions: head-office departments all, deputies their branch', () => {
    expect(requisitionScope(p(['executive'], 'HQ'))).toEqual({ kind: 'all' });
    expect(requisitionScope(p(['branch-deputy-manager'], 'SZ01'))).toEqual({ kind: 'branch', branchId: 'SZ01' });
    expect(requisitionScope(p(['client-manager'], 'SZ01'))).toEqual({ kind: 'none' });
  });

  it('trainers organise their branch (HQ all); managers and head office read', () => {
    expect(trainerScope(p(['trainer'], 'HQ'))).toEqual({ kind: 'all' });
    expect(trainerScope(p(['branch-manager'], 'SZ01'))).toEqual({ kind: 'none' });
    expect(covers(trainingReadScope(p(['branch-manager'], 'SZ01')), 'SZ01')).toBe(true);
    expect(covers(trainingReadScope(p(['branch-manager'], 'SZ01')), 'GZ01')).toBe(false);
    expect(covers(trainingReadScope(p(['team-lead'], 'SZ01')), 'SZ01')).toBe(false);
  });

  it('turns a scope into a branch filter, refusing another branch', () => {
    expect(branchFilter({ kind: 'branch', branchId: 'SZ01' })).toEqual({ branchId: 'SZ01' });
    expect(branchFilter({ kind: 'branch', branchId: 'SZ01' }, 'GZ01')).toBeNull();
    expect(branchFilter({ kind: 'all' })).toEqual({});
    expect(branchFilter({ kind: 'all' }, 'GZ01')).toEqual({ branchId: 'GZ01' });
    expect(branchFilter({ kind: 'none' })).toBeNull();
  });
});
