import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, EventHandlers } from '@bg/events';
import { knownEmployeeHandlers, prefetchKnownEmployees } from '@bg/service';
import { EmployeePost } from '../outlets/outlet.entity';

/** Rows touched in the current batch transaction: several events of one employee may share it. */
const touched = new WeakMap<EntityManager, Map<string, EmployeePost>>();

async function post(em: EntityManager, employeeId: string): Promise<EmployeePost> {
  let batch = touched.get(em);
  if (!batch) touched.set(em, (batch = new Map()));
  let row = batch.get(employeeId) ?? (await em.findOne(EmployeePost, { employeeId }));
  if (!row) {
    row = em.create(EmployeePost, { employeeId } as EmployeePost);
  }
  batch.set(employeeId, row);
  return row;
}

/** Loads the known employees and posts a batch touches, one query each. */
export async function prefetchEmployees(em: EntityManager, events: EventEnvelope[]): Promise<void> {
  await prefetchKnownEmployees(em, events);
  const ids = [...new Set(events.map((e) => (e.data as { employeeId?: string }).employeeId).filter((id): id is string => !!id))];
  const batch = new Map<string, EmployeePost>();
  if (ids.length) for (const row of await em.find(EmployeePost, { employeeId: { $in: ids } })) batch.set(row.employeeId, row);
  touched.set(em, batch);
}

/**
 * personnel.employee: the shared employee projection (who is where, for access checks) plus
 * attendance's own EmployeePost (outlet, hire and departure dates: whose hours apply, which days count).
 */
export const attendanceHandlers: EventHandlers = {
  ...knownEmployeeHandlers,
  async EmployeeHired(em, event) {
    await knownEmployeeHandlers.EmployeeHired!(em, event);
    Object.assign(await post(em, event.data.employeeId), { outletId: event.data.outletId, hiredOn: event.data.hiredOn, departedOn: null });
  },
  async EmployeeTransferred(em, event) {
    await knownEmployeeHandlers.EmployeeTransferred!(em, event);
    (await post(em, event.data.employeeId)).outletId = event.data.outletId;
  },
  async EmployeeDeparted(em, event) {
    await knownEmployeeHandlers.EmployeeDeparted!(em, event);
    (await post(em, event.data.employeeId)).departedOn = event.data.departedOn;
  },
};
