/**
 * 区域 (regions of a team, with their regional manager 区域经理) as personnel publishes them on
 * personnel.organisation, for a service that decides what a regional manager sees or sums a region's
 * figures. Personnel owns regions; consumers keep this projection (no hand-made copies).
 *
 * The region scope of a regional manager is decided here, once: `regionVisibility` gives the
 * people-visibility rule of `@bg/auth` (`canSeePerson`) widened by the members of the regions the
 * caller manages. The caller's regions come from the organisation by `employee_id`, not from a token
 * claim: team leads create regions and name their managers in the graph, and a claim would be stale
 * until someone edited the Keycloak user.
 */
import { Entity, Index, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { canSeePerson, hasRole, type Placement, type Principal } from '@bg/auth';
import type { EventHandlers } from '@bg/events';
import { localDate as todayInShanghai } from '@bg/graphql';

/** A region of a team and its regional manager, as personnel has it now. */
@Entity({ tableName: 'known_region' })
@Index({ properties: ['managerId'] })
export class KnownRegion {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 36, index: true }) teamId!: string;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Property({ type: 'string', length: 100 }) name!: string;
  @Property({ type: 'string', length: 36 }) managerId!: string;
  /** The day it was closed (null: open). */
  @Property({ type: 'string', length: 10, nullable: true }) closedOn: string | null = null;
}

/** A person's region from effectiveFrom on (until their next assignment); regionId null: none. */
@Entity({ tableName: 'known_region_member' })
@Index({ properties: ['regionId', 'effectiveFrom'] })
export class KnownRegionMember {
  @PrimaryKey({ type: 'string', length: 36 }) employeeId!: string;
  @PrimaryKey({ type: 'string', length: 10 }) effectiveFrom!: string;
  @Property({ type: 'string', length: 36, nullable: true }) regionId: string | null = null;
  @Property({ type: 'string', length: 36 }) teamId!: string;
}

/** The projection's entities: list them among a service's entities with these handlers. */
export const REGION_PROJECTIONS = [KnownRegion, KnownRegionMember];

export const regionHandlers: EventHandlers = {
  async RegionChanged(em, { data }) {
    const row = await em.findOne(KnownRegion, data.regionId);
    const facts = { teamId: data.teamId, branchId: data.branchId, name: data.name, managerId: data.managerId, closedOn: data.closedOn };
    if (row) Object.assign(row, facts);
    else em.create(KnownRegion, { id: data.regionId, ...facts });
  },
  async RegionMemberAssigned(em, { data }) {
    const row = await em.findOne(KnownRegionMember, { employeeId: data.employeeId, effectiveFrom: data.effectiveOn });
    if (row) Object.assign(row, { regionId: data.regionId, teamId: data.teamId });
    else em.create(KnownRegionMember, { employeeId: data.employeeId, effectiveFrom: data.effectiveOn, regionId: data.regionId, teamId: data.teamId });
  },
};

export interface Assignment {
  employeeId: string;
  effectiveFrom: string;
  regionId: string | null;
}

/** Each person's region on a day from their assignments: the latest on or before it (none before the first). */
export function regionsOn(assignments: ReadonlyArray<Assignment>, date: string): Map<string, string | null> {
  const latest = new Map<string, Assignment>();
  for (const a of assignments) {
    if (a.effectiveFrom > date) continue;
    const seen = latest.get(a.employeeId);
    if (!seen || a.effectiveFrom > seen.effectiveFrom) latest.set(a.employeeId, a);
  }
  return new Map([...latest].map(([id, a]) => [id, a.regionId]));
}

/** The members of regions on a day (employee ids, sorted). */
export function membersOn(assignments: ReadonlyArray<Assignment>, regionIds: ReadonlySet<string>, date: string): string[] {
  return [...regionsOn(assignments, date)]
    .filter(([, r]) => r !== null && regionIds.has(r))
    .map(([id]) => id)
    .sort();
}

/**
 * The regions a regional manager manages on a day (open then, or closed after it), and their members
 * then. Empty for anyone without the `regional-manager` role or an employee id.
 */
export async function managedRegionMembers(
  em: EntityManager,
  p: Principal,
  date = todayInShanghai(),
): Promise<{ regions: KnownRegion[]; members: Set<string> }> {
  if (!p.employeeId || !hasRole(p, 'regional-manager')) return { regions: [], members: new Set() };
  const regions = (await em.find(KnownRegion, { managerId: p.employeeId })).filter((r) => r.closedOn === null || r.closedOn > date);
  if (!regions.length) return { regions, members: new Set() };
  const teams = [...new Set(regions.map((r) => r.teamId))];
  const assignments = await em.find(KnownRegionMember, { teamId: { $in: teams } });
  return { regions, members: new Set(membersOn(assignments, new Set(regions.map((r) => r.id)), date)) };
}

/**
 * Who `p` may see (the one place the region scope is added to the people rule): `canSeePerson`, and
 * for a regional manager the members of their regions on `date` (default today), like a group leader
 * sees their group. One query for the caller's regions, whatever the number of people checked.
 */
export async function regionVisibility(em: EntityManager, p: Principal, date?: string): Promise<(person: Placement) => boolean> {
  const { members } = await managedRegionMembers(em, p, date);
  return (person) => canSeePerson(p, person) || members.has(person.id);
}

/**
 * Whether `employeeId` is, today, a member of a region `p` manages as regional manager: the region
 * scope for a person checked alone (`visibleKnownEmployee`, `visibleKnown`). False without the role
 * (no query), and in a service that keeps no region projection.
 */
export async function inManagedRegion(em: EntityManager, p: Principal, employeeId: string): Promise<boolean> {
  if (!p.employeeId || !hasRole(p, 'regional-manager')) return false;
  if (!em.getMetadata().getAll()[KnownRegion.name]) return false;
  return (await managedRegionMembers(em, p)).members.has(employeeId);
}
