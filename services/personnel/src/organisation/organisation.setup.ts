import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from '@bg/graphql';
import { HEAD_OFFICE_BRANCH } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { todayInShanghai } from '../serials/access';
import { Branch, Group, Outlet, Team } from './organisation.entity';

/**
 * Each unit is published on personnel.organisation in the same flush as its row (outbox), so the
 * other services' projections (@bg/service known-organisation) learn it; nobody keeps a copy by hand.
 */
export function registerBranch(em: EntityManager, b: Branch): Branch {
  recordEvent(em, 'personnel', 'BranchRegistered', b.id, { branchId: b.id, name: b.name, city: b.city });
  return b;
}
export function registerTeam(em: EntityManager, t: Team): Team {
  recordEvent(em, 'personnel', 'TeamRegistered', t.id, { teamId: t.id, branchId: t.branchId, name: t.name });
  return t;
}
export function registerGroup(em: EntityManager, g: Group, branchId: string): Group {
  recordEvent(em, 'personnel', 'GroupRegistered', g.id, { groupId: g.id, teamId: g.teamId, branchId, name: g.name });
  return g;
}
/** An outlet's hours apply from the day it is registered (or `effectiveOn`). */
export function registerOutlet(em: EntityManager, o: Outlet, effectiveOn: string): Outlet {
  recordEvent(em, 'personnel', 'OutletRegistered', o.id, {
    outletId: o.id,
    branchId: o.branchId,
    name: o.name,
    opensAt: o.opensAt,
    closesAt: o.closesAt,
    effectiveOn,
  });
  return o;
}

/** Branch codes head the serial numbers (`SZ01-2026-000042`): upper-case letters and digits. */
const BRANCH_CODE = /^[A-Z][A-Z0-9]{1,9}$/;
const CHILD_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,35}$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface NewBranch {
  id: string;
  name: string;
  city: string;
}
export interface NewTeam {
  branchId: string;
  name: string;
  id?: string | null;
}
export interface NewGroup {
  teamId: string;
  name: string;
  id?: string | null;
}
export interface NewOutlet {
  branchId: string;
  name: string;
  opensAt: string;
  closesAt: string;
  id?: string | null;
}

function text(field: string, value: string | null | undefined, max: number, problems: FieldProblem[]): string {
  const v = value?.trim() ?? '';
  if (!v) problems.push({ field, problem: `${field} is required` });
  else if (v.length > max) problems.push({ field, problem: `${field} is longer than ${max} characters` });
  return v;
}

function childId(field: string, id: string | null | undefined, problems: FieldProblem[]): void {
  if (id != null && !CHILD_ID.test(id)) problems.push({ field, problem: `"${id}" is not a valid id: letters, digits and '-', at most 36` });
}

/** Problems with an outlet's working hours (HH:MM, 24-hour, opening before closing). */
export function hoursProblems(opensAt: string, closesAt: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!HH_MM.test(opensAt ?? '')) problems.push({ field: 'opensAt', problem: `"${opensAt}" is not a time; write it as HH:MM, e.g. 08:30` });
  if (!HH_MM.test(closesAt ?? '')) problems.push({ field: 'closesAt', problem: `"${closesAt}" is not a time; write it as HH:MM, e.g. 16:30` });
  if (!problems.length && opensAt >= closesAt) problems.push({ field: 'closesAt', problem: `the outlet closes (${closesAt}) before it opens (${opensAt})` });
  return problems;
}

/** The next free `<parent>-<letter><n>` id, e.g. SZ01-T3. */
async function nextId(em: EntityManager, entity: typeof Team | typeof Group | typeof Outlet, prefix: string): Promise<string> {
  const rows = await em.find(entity as typeof Team, { id: { $like: `${prefix}%` } }, { fields: ['id'] });
  const used = rows.map((r) => Number(r.id.slice(prefix.length))).filter(Number.isSafeInteger);
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

async function save<T extends object>(em: EntityManager, entity: T, what: string): Promise<T> {
  try {
    await em.flush();
    return entity;
  } catch (e) {
    // A concurrent request created the same thing between our check and our insert.
    if (e instanceof UniqueConstraintViolationException) throw new ConflictError(`${what} already exists`);
    throw e;
  }
}

export async function createBranch(em: EntityManager, input: NewBranch): Promise<Branch> {
  const problems: FieldProblem[] = [];
  const id = input.id?.trim() ?? '';
  if (!BRANCH_CODE.test(id))
    problems.push({ field: 'id', problem: `"${input.id}" is not a branch code: 2-10 upper-case letters and digits starting with a letter, e.g. SZ02` });
  else if (id === HEAD_OFFICE_BRANCH) problems.push({ field: 'id', problem: `${HEAD_OFFICE_BRANCH} is reserved for head office` });
  const name = text('name', input.name, 100, problems);
  const city = text('city', input.city, 50, problems);
  if (problems.length) throw new BadInputError('The branch is not valid', problems);
  if (await em.findOne(Branch, id)) throw new ConflictError(`Branch ${id} already exists`);
  if (await em.findOne(Branch, { name })) throw new ConflictError(`A branch named ${name} already exists`);
  return save(em, registerBranch(em, em.create(Branch, { id, name, city })), `Branch ${id}`);
}

export async function createTeam(em: EntityManager, input: NewTeam): Promise<Team> {
  const problems: FieldProblem[] = [];
  const name = text('name', input.name, 100, problems);
  childId('id', input.id, problems);
  if (!(await em.findOne(Branch, input.branchId))) problems.push({ field: 'branchId', problem: `no branch ${input.branchId}` });
  if (problems.length) throw new BadInputError('The team is not valid', problems);
  if (await em.findOne(Team, { branchId: input.branchId, name })) throw new ConflictError(`Branch ${input.branchId} already has a team named ${name}`);
  const id = input.id ?? (await nextId(em, Team, `${input.branchId}-T`));
  if (await em.findOne(Team, id)) throw new ConflictError(`Team ${id} already exists`);
  return save(em, registerTeam(em, em.create(Team, { id, branchId: input.branchId, name })), `Team ${id} (or its name)`);
}

export async function createGroup(em: EntityManager, input: NewGroup): Promise<Group> {
  const problems: FieldProblem[] = [];
  const name = text('name', input.name, 100, problems);
  childId('id', input.id, problems);
  const team = await em.findOne(Team, input.teamId);
  if (!team) problems.push({ field: 'teamId', problem: `no team ${input.teamId}` });
  if (problems.length) throw new BadInputError('The group is not valid', problems);
  if (await em.findOne(Group, { teamId: input.teamId, name })) throw new ConflictError(`Team ${input.teamId} already has a group named ${name}`);
  const id = input.id ?? (await nextId(em, Group, `${input.teamId}-G`));
  if (await em.findOne(Group, id)) throw new ConflictError(`Group ${id} already exists`);
  return save(em, registerGroup(em, em.create(Group, { id, teamId: input.teamId, name }), team!.branchId), `Group ${id} (or its name)`);
}

export async function createOutlet(em: EntityManager, input: NewOutlet): Promise<Outlet> {
  const problems: FieldProblem[] = [];
  const name = text('name', input.name, 100, problems);
  childId('id', input.id, problems);
  problems.push(...hoursProblems(input.opensAt, input.closesAt));
  if (!(await em.findOne(Branch, input.branchId))) problems.push({ field: 'branchId', problem: `no branch ${input.branchId}` });
  if (problems.length) throw new BadInputError('The outlet is not valid', problems);
  if (await em.findOne(Outlet, { branchId: input.branchId, name })) throw new ConflictError(`Branch ${input.branchId} already has an outlet named ${name}`);
  const id = input.id ?? (await nextId(em, Outlet, `${input.branchId}-O`));
  if (await em.findOne(Outlet, id)) throw new ConflictError(`Outlet ${id} already exists`);
  const outlet = em.create(Outlet, { id, branchId: input.branchId, name, opensAt: input.opensAt, closesAt: input.closesAt });
  return save(em, registerOutlet(em, outlet, todayInShanghai()), `Outlet ${id} (or its name)`);
}

/**
 * New working hours for an outlet from `effectiveOn` (default today, never earlier: days already
 * recorded keep the hours they were classified by). The outlet shows the hours set last.
 */
export async function setOutletHours(em: EntityManager, outletId: string, opensAt: string, closesAt: string, effectiveOn?: string | null): Promise<Outlet> {
  const outlet = await em.findOne(Outlet, outletId);
  if (!outlet) throw new NotFoundError('Outlet', outletId);
  const problems = hoursProblems(opensAt, closesAt);
  const today = todayInShanghai();
  const from = effectiveOn ?? today;
  if (from < today)
    problems.push({ field: 'effectiveOn', problem: `hours apply from today (${today}) or a later day, not ${from}: days already recorded keep their hours` });
  if (problems.length) throw new BadInputError('The working hours are not valid', problems);
  outlet.opensAt = opensAt;
  outlet.closesAt = closesAt;
  recordEvent(em, 'personnel', 'OutletHoursChanged', outlet.id, { outletId: outlet.id, branchId: outlet.branchId, opensAt, closesAt, effectiveOn: from });
  await em.flush();
  return outlet;
}
