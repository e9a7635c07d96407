import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { NotFoundError } from '@bg/graphql';
import { Employee, EmployeeStatus } from '../employees/employee.entity';
import { Branch, Group, Outlet, Team } from './organisation.entity';

@ObjectType({ description: 'Head count: ACTIVE and PROBATION employees (candidates and departed are not counted)' })
export class HeadCount {
  @Field(() => Int, { description: 'Employees with status ACTIVE' }) active = 0;
  @Field(() => Int, { description: 'Employees on probation (试用)' }) probation = 0;
  @Field(() => Int, { description: 'active + probation' }) get total(): number {
    return this.active + this.probation;
  }
}

@ObjectType({ description: 'A group (小组) of a team, with its group leader' })
export class OrgGroup {
  @Field(() => Group, { description: 'The group' }) group!: Group;
  @Field(() => HeadCount, { description: 'Members of the group' }) headCount!: HeadCount;
}

@ObjectType({ description: 'A marketing team (营销团队) of a branch, with its groups' })
export class OrgTeam {
  @Field(() => Team, { description: 'The team' }) team!: Team;
  @Field(() => HeadCount, { description: 'The whole team, including members in no group' }) headCount!: HeadCount;
  @Field(() => [OrgGroup], { description: "The team's groups (小组), by id" }) groups!: OrgGroup[];
}

@ObjectType({ description: 'An outlet (网点): a partner bank branch where client managers are stationed, with its hours' })
export class OrgOutlet {
  @Field(() => Outlet, { description: 'The outlet, with its working hours' }) outlet!: Outlet;
  @Field(() => HeadCount, { description: 'Employees stationed there' }) headCount!: HeadCount;
}

@ObjectType({ description: "A branch's organisation: teams -> groups, and outlets, with head counts" })
export class OrgTree {
  @Field(() => Branch, { description: 'The branch (营业部)' }) branch!: Branch;
  @Field(() => HeadCount, { description: 'Head count of the whole branch (staff included)' }) headCount!: HeadCount;
  @Field(() => [OrgTeam], { description: "The branch's marketing teams, by id, with their groups" }) teams!: OrgTeam[];
  @Field(() => [OrgOutlet], { description: "The branch's outlets (网点), by id, with who is stationed there" }) outlets!: OrgOutlet[];
}

/** The tree of a branch in four queries; head counts counted from the branch's active and probation staff. */
export async function orgTree(em: EntityManager, branchId: string): Promise<OrgTree> {
  const branch = await em.findOne(Branch, branchId);
  if (!branch) throw new NotFoundError('Branch', branchId);
  const [teams, outlets, staff] = await Promise.all([
    em.find(Team, { branchId }, { orderBy: { id: 'asc' } }),
    em.find(Outlet, { branchId }, { orderBy: { id: 'asc' } }),
    em.find(
      Employee,
      { branchId, status: { $in: [EmployeeStatus.ACTIVE, EmployeeStatus.PROBATION] } },
      { fields: ['teamId', 'groupId', 'outletId', 'status'] },
    ),
  ]);
  const groups = teams.length ? await em.find(Group, { teamId: { $in: teams.map((t) => t.id) } }, { orderBy: { id: 'asc' } }) : [];
  const counts = new Map<string, HeadCount>();
  const add = (key: string, status: EmployeeStatus) => {
    const c = counts.get(key) ?? new HeadCount();
    if (status === EmployeeStatus.ACTIVE) c.active++;
    else c.probation++;
    counts.set(key, c);
  };
  for (const e of staff) {
    add('branch', e.status);
    if (e.teamId) add(`team:${e.teamId}`, e.status);
    if (e.groupId) add(`group:${e.groupId}`, e.status);
    if (e.outletId) add(`outlet:${e.outletId}`, e.status);
  }
  const count = (key: string) => counts.get(key) ?? new HeadCount();
  return {
    branch,
    headCount: count('branch'),
    teams: teams.map((team) => ({
      team,
      headCount: count(`team:${team.id}`),
      groups: groups.filter((g) => g.teamId === team.id).map((group) => ({ group, headCount: count(`group:${group.id}`) })),
    })),
    outlets: outlets.map((outlet) => ({ outlet, headCount: count(`outlet:${outlet.id}`) })),
  };
}
