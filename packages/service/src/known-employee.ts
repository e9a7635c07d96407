import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { canSeePerson, type Placement, type Principal } from '@bg/auth';
import type { EventEnvelope, EventHandlers } from '@bg/events';
import { ForbiddenError, NotFoundError } from '@bg/graphql';

/**
 * A service's local projection of personnel's employees (from `personnel.employee` events):
 * enough to place a person in the organisation for access checks, without calling personnel.
 */
@Entity({ tableName: 'known_employee' })
export class KnownEmployee implements Placement {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 36, index: true })
  branchId!: string;

  @Property({ type: 'string', length: 36, nullable: true, index: true })
  teamId: string | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  groupId: string | null = null;

  @Property({ type: 'string', length: 20 })
  status!: string;

  /** Events applied to this row: a redelivered event must not move it. */
  @Property({ type: 'integer' })
  version = 0;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** Rows a batch prefetched, absent ones as null, per transaction's EntityManager. */
const prefetched = new WeakMap<EntityManager, Map<string, KnownEmployee | null>>();

async function findKnown(em: EntityManager, id: string): Promise<KnownEmployee | null> {
  const batch = prefetched.get(em);
  return batch?.has(id) ? batch.get(id)! : em.findOne(KnownEmployee, id);
}

/** Loads the rows a batch of personnel.employee events touches in one query. */
export async function prefetchKnownEmployees(em: EntityManager, events: EventEnvelope[]): Promise<void> {
  const ids = [...new Set(events.map((e) => (e.data as { employeeId?: string }).employeeId).filter((id): id is string => !!id))];
  const batch = new Map<string, KnownEmployee | null>(ids.map((id) => [id, null]));
  for (const row of await em.find(KnownEmployee, { id: { $in: ids } })) batch.set(row.id, row);
  prefetched.set(em, batch);
}

/** Keeps KnownEmployee up to date; merge these into a service's consumed-event handlers. */
export const knownEmployeeHandlers: EventHandlers = {
  async EmployeeHired(em, { data }) {
    let row = await findKnown(em, data.employeeId);
    if (!row) {
      row = em.create(KnownEmployee, { id: data.employeeId } as KnownEmployee);
      prefetched.get(em)?.set(row.id, row);
    }
    Object.assign(row, { name: data.name, branchId: data.branchId, teamId: data.teamId, groupId: data.groupId, status: data.status, version: row.version + 1, updatedAt: new Date() });
    em.persist(row);
  },
  async EmployeeTransferred(em, { data }) {
    const row = await findKnown(em, data.employeeId);
    if (!row) throw new Error(`EmployeeTransferred for unknown employee ${data.employeeId}`);
    Object.assign(row, { branchId: data.branchId, teamId: data.teamId, groupId: data.groupId, version: row.version + 1, updatedAt: new Date() });
  },
  async EmployeeDeparted(em, { data }) {
    const row = await findKnown(em, data.employeeId);
    if (!row) throw new Error(`EmployeeDeparted for unknown employee ${data.employeeId}`);
    Object.assign(row, { status: 'DEPARTED', version: row.version + 1, updatedAt: new Date() });
  },
};

export async function knownEmployee(em: EntityManager, id: string): Promise<KnownEmployee> {
  const row = await em.findOne(KnownEmployee, id);
  if (!row) throw new NotFoundError('Employee', id);
  return row;
}

/** The employee as this service knows them, if the caller may see them (self, group, team, branch, all). */
export async function visibleKnownEmployee(em: EntityManager, principal: Principal, id: string): Promise<KnownEmployee> {
  const row = await knownEmployee(em, id);
  if (!canSeePerson(principal, row)) throw new ForbiddenError(`You may not see employee ${id}`);
  return row;
}
