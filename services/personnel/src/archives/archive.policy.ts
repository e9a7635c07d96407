import { hasRole, type Placement, type Principal } from '@bg/auth';

/**
 * The archive lookup rule (R-6.8, 第二十五条), exactly as DOMAIN.md states it: archive material
 * (documents, contracts, ID numbers, rewards and punishments, assessments) may be read by
 * - the client manager it is about (self only),
 * - team leads for their team, branch deputy managers and branch managers for their branch,
 * - the executive, brokerage office and channel management for every branch,
 * - archive clerks for their branch (they keep the archives).
 * Nobody else: group leaders, attendance clerks, asset keepers, finance, recruiters and trainers
 * see people (by their scope) but not their archives.
 */
export type ArchiveDecision = { allowed: true; basis: string } | { allowed: false; basis: string };

export function archiveAccess(p: Principal, person: Placement): ArchiveDecision {
  if (p.employeeId !== null && p.employeeId === person.id) return { allowed: true, basis: 'own archive' };
  if (hasRole(p, 'executive', 'brokerage-office', 'channel-management')) return { allowed: true, basis: 'head office: all branches' };
  if (hasRole(p, 'branch-manager', 'branch-deputy-manager', 'archive-clerk') && p.branchId === person.branchId) {
    return { allowed: true, basis: 'own branch' };
  }
  if (hasRole(p, 'team-lead') && p.teamId !== null && p.teamId === person.teamId) return { allowed: true, basis: 'own team' };
  return { allowed: false, basis: 'the archive lookup rule does not cover this person for your roles' };
}

/** Archive clerks maintain (write) their own branch's archives; head-office staff do not write them. */
export function canMaintainArchive(p: Principal, person: Placement): boolean {
  return hasRole(p, 'archive-clerk') && p.branchId === person.branchId;
}

/** An ID number as shown to whoever may see the person but not the archive: the last 4 characters. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length <= 4 ? '*'.repeat(idNumber.length) : `${'*'.repeat(idNumber.length - 4)}${idNumber.slice(-4)}`;
}
