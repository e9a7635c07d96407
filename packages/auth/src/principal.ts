import { HEAD_OFFICE_BRANCH, HEAD_OFFICE_ROLES, isRole, type Role } from './roles';

/** Who is calling: from a verified Keycloak access token. */
export interface Principal {
  subject: string;
  username: string;
  roles: Role[];
  employeeId: string | null;
  branchId: string | null;
  teamId: string | null;
  groupId: string | null;
}

/** Claims of a Keycloak access token that this system reads. */
export interface AccessTokenClaims {
  sub: string;
  preferred_username?: string;
  realm_access?: { roles?: string[] };
  employee_id?: string;
  branch_id?: string;
  team_id?: string;
  group_id?: string;
}

export function principalFromClaims(claims: AccessTokenClaims): Principal {
  return {
    subject: claims.sub,
    username: claims.preferred_username ?? claims.sub,
    // Keycloak adds its own roles (offline_access, default-roles-<realm>): keep only ours.
    roles: (claims.realm_access?.roles ?? []).filter(isRole),
    employeeId: claims.employee_id || null,
    branchId: claims.branch_id || null,
    teamId: claims.team_id || null,
    groupId: claims.group_id || null,
  };
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((r) => roles.includes(r));
}

/**
 * The organisational scope of a principal's read access to people, by the widest of its roles
 * (DOMAIN.md's roles table): all branches, a branch, a team, a group, or only itself.
 */
export type PeopleScope =
  | { kind: 'all' }
  | { kind: 'branch'; branchId: string }
  | { kind: 'team'; teamId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'self'; employeeId: string }
  | { kind: 'none' };

const BRANCH_ROLES: Role[] = [
  'attendance-clerk',
  'archive-clerk',
  'asset-keeper',
  'branch-finance',
  'branch-deputy-manager',
  'branch-manager',
  'recruiter',
  'trainer',
];

export function peopleScope(p: Principal): PeopleScope {
  if (hasRole(p, ...HEAD_OFFICE_ROLES)) return { kind: 'all' };
  if (p.branchId === HEAD_OFFICE_BRANCH && hasRole(p, 'recruiter', 'trainer')) return { kind: 'all' };
  if (p.branchId && hasRole(p, ...BRANCH_ROLES)) return { kind: 'branch', branchId: p.branchId };
  if (p.teamId && hasRole(p, 'team-lead')) return { kind: 'team', teamId: p.teamId };
  if (p.groupId && hasRole(p, 'group-leader')) return { kind: 'group', groupId: p.groupId };
  if (p.employeeId && hasRole(p, 'client-manager')) return { kind: 'self', employeeId: p.employeeId };
  return { kind: 'none' };
}

export interface Placement {
  id: string;
  branchId: string;
  teamId: string | null;
  groupId: string | null;
}

/** Whether a scope covers a person placed in the organisation. */
export function scopeCovers(scope: PeopleScope, person: Placement): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'branch':
      return person.branchId === scope.branchId;
    case 'team':
      return person.teamId === scope.teamId;
    case 'group':
      return person.groupId === scope.groupId;
    case 'self':
      return person.id === scope.employeeId;
    case 'none':
      return false;
  }
}

/** Anyone may see their own record, whatever their scope. */
export function canSeePerson(p: Principal, person: Placement): boolean {
  return p.employeeId === person.id || scopeCovers(peopleScope(p), person);
}
