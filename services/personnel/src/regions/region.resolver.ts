/**
 * 区域 (issue 16 item 4): regions of a marketing team between the team and its client managers, each
 * with a regional manager (区域经理). The team's lead or the branch's manager creates, renames,
 * re-staffs and closes them and assigns client managers (effective-dated). Every change goes out on
 * personnel.organisation (`RegionChanged`, `RegionMemberAssigned`) in the same flush, so the other
 * services project regions (`@bg/service` known-region) instead of keeping copies.
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { hasRole, peopleScope, type Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import {
  BadInputError,
  ConflictError,
  Connection,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  childrenOf,
  decodeCursor,
  toPage,
  type RequestContext,
} from '@bg/graphql';
import { membersOn, regionsOn } from '@bg/service';
import { Team } from '../organisation/organisation.entity';
import { Employee } from '../employees/employee.entity';
import { todayInShanghai } from '../serials/access';
import { Region, RegionAssignment } from './region.entity';
import { assignmentDayProblems, mayManageRegions, memberProblems, nameProblems } from './region.rules';

@ObjectType({ description: "A page of a region's members" })
class RegionMemberConnection extends Connection(Employee) {}

/** Assignments in the shape of the shared effective-dating helpers. */
const dated = (rows: RegionAssignment[]) => rows.map((a) => ({ employeeId: a.employeeId, effectiveFrom: a.effectiveOn, regionId: a.regionId }));

function publishRegion(em: EntityManager, r: Region): void {
  recordEvent(em, 'personnel', 'RegionChanged', r.id, {
    regionId: r.id,
    teamId: r.teamId,
    branchId: r.branchId,
    name: r.name,
    managerId: r.managerId,
    closedOn: r.closedOn,
  });
}

/** Records an assignment and its event (also the demo seed's way). */
export function assignRegion(
  em: EntityManager,
  a: Pick<RegionAssignment, 'employeeId' | 'regionId' | 'teamId' | 'branchId' | 'effectiveOn' | 'assignedBy'>,
): RegionAssignment {
  const row = em.create(RegionAssignment, { ...a, assignedAt: new Date() } as RegionAssignment);
  recordEvent(em, 'personnel', 'RegionMemberAssigned', a.employeeId, {
    employeeId: a.employeeId,
    regionId: a.regionId,
    teamId: a.teamId,
    branchId: a.branchId,
    effectiveOn: a.effectiveOn,
  });
  return row;
}

/** Creates a region and publishes it (also the demo seed's way). */
export function createRegionRow(em: EntityManager, r: Pick<Region, 'teamId' | 'branchId' | 'name' | 'managerId' | 'createdBy'> & { id?: string }): Region {
  const row = em.create(Region, { ...r, closedOn: null, createdAt: new Date() } as Region);
  publishRegion(em, row);
  return row;
}

async function managedTeam(em: EntityManager, p: Principal, teamId: string): Promise<Team> {
  const team = await em.findOne(Team, { id: teamId });
  if (!team) throw new NotFoundError('Team', teamId);
  if (!mayManageRegions(p, team))
    throw new ForbiddenError(
      `The regions of team ${teamId} are managed by its team lead (team-lead) or the manager of branch ${team.branchId} (branch-manager)`,
    );
  return team;
}

async function loadRegion(em: EntityManager, id: string): Promise<Region> {
  const r = await em.findOne(Region, { id });
  if (!r) throw new NotFoundError('Region', id);
  return r;
}

async function checkManager(em: EntityManager, managerId: string, teamId: string): Promise<Employee> {
  const manager = await em.findOne(Employee, { id: managerId });
  const problems = memberProblems('managerId', managerId, manager ?? undefined, teamId);
  if (problems.length) throw new BadInputError('The regional manager is not valid', problems);
  return manager!;
}

/** Who may list a region's members: its regional manager, the team's lead, the branch's roles, head office. */
function maySeeMembers(p: Principal, r: Region): boolean {
  if (p.employeeId && p.employeeId === r.managerId && hasRole(p, 'regional-manager')) return true;
  const scope = peopleScope(p);
  return scope.kind === 'all' || (scope.kind === 'branch' && scope.branchId === r.branchId) || (scope.kind === 'team' && scope.teamId === r.teamId);
}

@Resolver(() => Region)
export class RegionResolver {
  @Authorized('team-lead', 'branch-manager')
  @Mutation(() => Region, { description: "Create a region (区域) of a team with its regional manager (区域经理): the team's lead or the branch's manager" })
  async createRegion(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('name', { description: "The region's name, unique in the team" }) name: string,
    @Arg('managerId', () => ID, { description: 'The regional manager, an employee of the team' }) managerId: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Region> {
    const team = await managedTeam(em, principal, teamId);
    const problems = nameProblems(name);
    if (problems.length) throw new BadInputError('The region is not valid', problems);
    await checkManager(em, managerId, teamId);
    if (await em.count(Region, { teamId, name: name.trim() })) throw new ConflictError(`Team ${teamId} already has a region named ${name.trim()}`);
    const row = createRegionRow(em, { teamId, branchId: team.branchId, name: name.trim(), managerId, createdBy: principal.username });
    await em.flush();
    return row;
  }

  @Authorized('team-lead', 'branch-manager')
  @Mutation(() => Region, { description: "Rename a region or give it another regional manager: the team's lead or the branch's manager" })
  async updateRegion(
    @Arg('regionId', () => ID, { description: 'The region' }) regionId: string,
    @Arg('name', () => String, { nullable: true, description: 'The new name (unchanged when left out)' }) name: string | null,
    @Arg('managerId', () => ID, { nullable: true, description: 'The new regional manager, an employee of the team (unchanged when left out)' })
    managerId: string | null,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Region> {
    const region = await loadRegion(em, regionId);
    await managedTeam(em, principal, region.teamId);
    if (region.closedOn) throw new ConflictError(`Region ${region.name} is closed from ${region.closedOn}`);
    if (name != null) {
      const problems = nameProblems(name);
      if (problems.length) throw new BadInputError('The region is not valid', problems);
      if (name.trim() !== region.name && (await em.count(Region, { teamId: region.teamId, name: name.trim() })))
        throw new ConflictError(`Team ${region.teamId} already has a region named ${name.trim()}`);
      region.name = name.trim();
    }
    if (managerId != null) {
      await checkManager(em, managerId, region.teamId);
      region.managerId = managerId;
    }
    publishRegion(em, region);
    await em.flush();
    return region;
  }

  @Authorized('team-lead', 'branch-manager')
  @Mutation(() => Region, {
    description: "Close a region from a day (default today): its members are in no region from then; the team's lead or the branch's manager",
  })
  async closeRegion(
    @Arg('regionId', () => ID, { description: 'The region' }) regionId: string,
    @Arg('closedOn', () => LocalDateScalar, { nullable: true, description: 'The first day it is no longer in force (today or earlier; default today)' })
    closedOn: string | null,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Region> {
    const region = await loadRegion(em, regionId);
    await managedTeam(em, principal, region.teamId);
    if (region.closedOn) throw new ConflictError(`Region ${region.name} is already closed from ${region.closedOn}`);
    const today = todayInShanghai();
    const day = closedOn ?? today;
    if (day > today) throw new BadInputError('The closing is not valid', [{ field: 'closedOn', problem: 'close from today or an earlier day' }]);
    const assignments = await em.find(RegionAssignment, { teamId: region.teamId });
    for (const employeeId of membersOn(dated(assignments), new Set([region.id]), day))
      if (!assignments.some((a) => a.employeeId === employeeId && a.effectiveOn === day))
        assignRegion(em, { employeeId, regionId: null, teamId: region.teamId, branchId: region.branchId, effectiveOn: day, assignedBy: principal.username });
    region.closedOn = day;
    publishRegion(em, region);
    await em.flush();
    return region;
  }

  @Authorized('team-lead', 'branch-manager')
  @Mutation(() => [RegionAssignment], {
    description:
      "Assign client managers of the team to a region from a day (today or earlier), or out of any region (regionId left out): the team's lead or the branch's manager",
  })
  async assignToRegion(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('regionId', () => ID, { nullable: true, description: 'The region; left out: in no region from effectiveOn' }) regionId: string | null,
    @Arg('employeeIds', () => [ID], { description: 'The client managers, employees of the team' }) employeeIds: string[],
    @Arg('effectiveOn', () => LocalDateScalar, { description: 'The first day it is in force (today or earlier: a correction)' }) effectiveOn: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<RegionAssignment[]> {
    const team = await managedTeam(em, principal, teamId);
    const region = regionId ? await loadRegion(em, regionId) : null;
    const problems = [];
    if (region && region.teamId !== teamId) problems.push({ field: 'regionId', problem: `region ${region.name} is not of team ${teamId}` });
    if (!employeeIds.length) problems.push({ field: 'employeeIds', problem: 'name at least one client manager' });
    if (employeeIds.length > 200) problems.push({ field: 'employeeIds', problem: 'at most 200 at a time' });
    problems.push(...assignmentDayProblems(effectiveOn, todayInShanghai(), region));
    const people = new Map((await em.find(Employee, { id: { $in: employeeIds } })).map((e) => [e.id, e]));
    employeeIds.forEach((id, i) => problems.push(...memberProblems(`employeeIds[${i}]`, id, people.get(id), teamId)));
    if (new Set(employeeIds).size !== employeeIds.length) problems.push({ field: 'employeeIds', problem: 'someone is named twice' });
    if (problems.length) throw new BadInputError('The assignment is not valid', problems);
    const earlier = await em.find(RegionAssignment, { employeeId: { $in: employeeIds } });
    const clash = earlier.find((a) => a.effectiveOn === effectiveOn);
    if (clash) throw new ConflictError(`${people.get(clash.employeeId)!.name} already has an assignment from ${effectiveOn}`);
    const rows = employeeIds.map((employeeId) =>
      assignRegion(em, { employeeId, regionId, teamId, branchId: team.branchId, effectiveOn, assignedBy: principal.username }),
    );
    await em.flush();
    return rows;
  }

  @Authorized()
  @Query(() => Region, { description: 'A region (区域) of a team; anyone signed in, like the organisation (its members by scope)' })
  region(@Arg('id', () => ID, { description: 'The region' }) id: string, @Ctx() { em }: RequestContext): Promise<Region> {
    return loadRegion(em, id);
  }

  @FieldResolver(() => RegionMemberConnection, {
    description:
      "The region's client managers on a day (default today), ordered by id: for its regional manager, the team's lead, the branch's roles and head office",
  })
  async members(
    @Root() region: Region,
    @Arg('on', () => LocalDateScalar, { nullable: true, description: 'The day (default today)' }) on: string | null,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page: PageInput | null,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!maySeeMembers(principal, region))
      throw new ForbiddenError(
        `The members of region ${region.name} are for its regional manager (regional-manager), the team's lead (team-lead) and the branch's staff`,
      );
    const ids = membersOn(dated(await em.find(RegionAssignment, { teamId: region.teamId })), new Set([region.id]), on ?? todayInShanghai());
    const offset = decodeCursor(page?.after);
    const slice = ids.slice(offset, offset + (page?.first ?? 50));
    const nodes = slice.length ? await em.find(Employee, { id: { $in: slice } }, { orderBy: { id: 'asc' } }) : [];
    return toPage(nodes, ids.length, offset);
  }
}

@Resolver(() => Team)
export class TeamRegionsResolver {
  @FieldResolver(() => [Region], { description: "The team's regions (区域), by name; closed ones too when asked" })
  async regions(
    @Root() team: Team,
    @Arg('includeClosed', { defaultValue: false, description: 'Also the closed regions' }) includeClosed: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Region[]> {
    const rows = await childrenOf(ctx, Region, 'teamId', team.id, { orderBy: { name: 'asc' } });
    return includeClosed ? rows : rows.filter((r) => r.closedOn === null);
  }
}

/** Whether `p` manages, as regional manager, the region `employeeId` is in today (personnel's own region scope). */
export async function managesRegionOf(em: EntityManager, p: Principal, employeeId: string): Promise<boolean> {
  if (!p.employeeId || !hasRole(p, 'regional-manager')) return false;
  const regions = await em.find(Region, { managerId: p.employeeId, closedOn: null });
  if (!regions.length) return false;
  const today = todayInShanghai();
  const region = regionsOn(dated(await em.find(RegionAssignment, { employeeId })), today).get(employeeId);
  return !!region && regions.some((r) => r.id === region);
}
