/**
 * The access matrix's model: who calls (one caller per role of DOMAIN.md's roles table), where
 * a request points (the scopes), and how a row states the expected outcome.
 */
import type { Target, TargetKind } from './operations';

/** DOMAIN.md's roles, in its table's order; recruiters and trainers twice (a branch's, head office's). */
export const CALLERS = [
  'client-manager',
  'group-leader',
  'team-lead',
  'regional-manager',
  'attendance-clerk',
  'archive-clerk',
  'asset-keeper',
  'branch-finance',
  'branch-deputy-manager',
  'branch-manager',
  'recruiter',
  'recruiter@HQ',
  'trainer',
  'trainer@HQ',
  'brokerage-office',
  'channel-management',
  'executive',
  'campaign-staff',
] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * Each caller holds exactly one realm role. Branch-side callers are employee E1002 (SZ01, team
 * SZ01-T1, group SZ01-T1-G1: gl.li's claims); head-office callers are employee E9001 (HQ, no team).
 */
export interface CallerIdentity {
  role: string;
  base: 'gl.li' | 'rec.ho';
  employeeId: string;
}
export function callerIdentity(c: Caller): CallerIdentity {
  const role = c.replace(/@HQ$/, '');
  const headOffice = c.endsWith('@HQ') || ['brokerage-office', 'channel-management', 'executive', 'campaign-staff'].includes(c);
  return headOffice ? { role, base: 'rec.ho', employeeId: 'E9001' } : { role, base: 'gl.li', employeeId: 'E1002' };
}

/** Where a request points, relative to a branch-side caller (E1002 in SZ01-T1-G1). */
export const SCOPES = ['self', 'group', 'team', 'branch', 'other-branch', 'head-office', 'any'] as const;
export type Scope = (typeof SCOPES)[number];

const TARGETS: Record<Exclude<Scope, 'self' | 'any'>, Target> = {
  group: { employeeId: 'E1001', groupId: 'SZ01-T1-G1', teamId: 'SZ01-T1', branchId: 'SZ01' },
  team: { employeeId: 'E1004', groupId: 'SZ01-T1-G2', teamId: 'SZ01-T1', branchId: 'SZ01' },
  branch: { employeeId: 'E1210', groupId: 'SZ01-T2-G1', teamId: 'SZ01-T2', branchId: 'SZ01' },
  'other-branch': { employeeId: 'E2001', groupId: 'GZ01-T1-G1', teamId: 'GZ01-T1', branchId: 'GZ01' },
  'head-office': { employeeId: 'E9003', groupId: 'HQ-NONE', teamId: 'HQ-NONE', branchId: 'HQ' },
};

/** The target of a scope for a caller: `self` is the caller's own record. */
export function targetOf(scope: Scope, caller: Caller): Target {
  if (scope === 'self') {
    const id = callerIdentity(caller);
    return id.base === 'gl.li'
      ? { employeeId: 'E1002', groupId: 'SZ01-T1-G1', teamId: 'SZ01-T1', branchId: 'SZ01' }
      : { employeeId: id.employeeId, groupId: 'HQ-NONE', teamId: 'HQ-NONE', branchId: 'HQ' };
  }
  if (scope === 'any') return TARGETS.group;
  return TARGETS[scope];
}

/** The scopes a request of each kind can point at. */
export const SCOPES_OF: Record<TargetKind, Scope[]> = {
  employee: ['self', 'group', 'team', 'branch', 'other-branch', 'head-office'],
  group: ['group', 'team', 'branch', 'other-branch'],
  team: ['team', 'branch', 'other-branch'],
  branch: ['branch', 'other-branch', 'head-office'],
  none: ['any'],
};

/**
 * What a role may do with an operation: `'all'` (every scope), the widest scope allowed
 * (`'self'` < `'group'` < `'team'` < `'branch'`: allowed there and at every narrower scope), or
 * the exact list of scopes allowed. A role absent from `allow` is refused everywhere.
 */
export type Grant = 'all' | 'self' | 'group' | 'team' | 'branch' | Scope[];

export interface Row {
  /** Expected outcome per caller; absent = FORBIDDEN at every scope. */
  allow: Partial<Record<Caller, Grant>>;
  /** Override the generated arguments (per target), e.g. an input the generator cannot fill sensibly. */
  args?: (t: Target) => Record<string, unknown>;
  /** Override the target kind found from the arguments (e.g. `'none'` when the target is an id). */
  kind?: TargetKind;
  /** Why, where DOMAIN.md is silent or the row is not what a reader would guess; printed in docs/access-matrix.md. */
  note?: string;
}

const RANK: Record<Scope, number> = { self: 0, group: 1, team: 2, branch: 3, 'other-branch': 4, 'head-office': 4, any: 0 };

export function expectedAllowed(grant: Grant | undefined, scope: Scope): boolean {
  if (grant === undefined) return false;
  if (grant === 'all') return true;
  if (Array.isArray(grant)) return grant.includes(scope);
  if (scope === 'any') return true;
  return RANK[scope] <= RANK[grant];
}

/** The shortest grant that says exactly `allowed` (of the scopes applicable), for the recorder. */
export function grantFor(allowed: Scope[], applicable: Scope[]): Grant | undefined {
  if (!allowed.length) return undefined;
  if (allowed.length === applicable.length) return 'all';
  for (const g of ['self', 'group', 'team', 'branch'] as const) {
    if (applicable.every((s) => expectedAllowed(g, s) === allowed.includes(s))) return g;
  }
  return allowed;
}

/** Every caller allowed at every scope (e.g. the organisation's structure, one's own records). */
export const ANYONE: Partial<Record<Caller, Grant>> = Object.fromEntries(CALLERS.map((c) => [c, 'all']));

/** The note of a row whose only argument is the id of a thing (made up here): the role check is what the matrix sees. */
export const ID_ONLY =
  "Only the role is checked here: the generated id names nothing, so a scope check after loading it is not reached (NOT_FOUND); the operation's own tests check scope";

/** The note of a list that filters instead of refusing. */
export const LIST_FILTERED = 'A list: filtered to what the caller may see (an empty page, not FORBIDDEN, outside it)';

/** The note of a row whose generated input is refused (BAD_USER_INPUT) before the scope check: the role check is what the matrix sees. */
export const VALIDATED_FIRST =
  "Only the role is checked here: the generated input is refused (BAD_USER_INPUT) before the scope check is reached; the operation's own tests check scope";
