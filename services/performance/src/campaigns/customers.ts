/**
 * What a campaign needs to know of a registered customer (DOMAIN.md "Customers": the register is
 * attendance's): name, branch, responsible client manager. A local projection, as for employees
 * (no service keeps a hand-made copy of another's data): fed by the register's events once the
 * register publishes them; the demo data writes the demo company's customers directly.
 */
import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import type { EventHandlers } from '@bg/events';

@Entity({ tableName: 'known_customer' })
export class KnownCustomer {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'string', length: 36, index: true }) branchId!: string;
  @Property({ type: 'string', length: 36, nullable: true }) managerId: string | null = null;
  @Property({ type: 'string', length: 10, nullable: true }) tier: string | null = null;
  @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}

export interface CustomerFacts {
  id: string;
  name: string;
  branchId: string;
  managerId: string | null;
}

/** The customers of these ids that the register knows (absent ones are simply missing from the map). */
export async function customerFacts(em: EntityManager, ids: readonly string[]): Promise<Map<string, CustomerFacts>> {
  const rows = ids.length ? await em.find(KnownCustomer, { id: { $in: [...new Set(ids)] } }) : [];
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, branchId: r.branchId, managerId: r.managerId }]));
}

/** Records (or updates) a customer as the register told it. */
export async function upsertKnownCustomer(em: EntityManager, c: CustomerFacts & { tier?: string | null }): Promise<void> {
  const row = (await em.findOne(KnownCustomer, c.id)) ?? em.create(KnownCustomer, { id: c.id } as KnownCustomer);
  Object.assign(row, { name: c.name, branchId: c.branchId, managerId: c.managerId, tier: c.tier ?? row.tier ?? null, updatedAt: new Date() });
}

/** Rows of one inbox batch (a customer registered and handed over in one batch is found before the flush). */
const batchRows = new WeakMap<EntityManager, Map<string, KnownCustomer | null>>();
async function known(em: EntityManager, id: string): Promise<KnownCustomer | null> {
  let rows = batchRows.get(em);
  if (!rows) batchRows.set(em, (rows = new Map()));
  if (!rows.has(id)) rows.set(id, await em.findOne(KnownCustomer, id));
  return rows.get(id)!;
}

/** The register's events (topic attendance.customer), applied to the projection; a redelivery changes nothing. */
export const customerHandlers: EventHandlers = {
  async CustomerRegistered(em, { data }) {
    let row = await known(em, data.customerId);
    if (!row) {
      row = em.create(KnownCustomer, { id: data.customerId } as KnownCustomer);
      batchRows.get(em)!.set(data.customerId, row);
      Object.assign(row, { managerId: data.responsibleEmployeeId });
    }
    Object.assign(row, { name: data.name, branchId: data.branchId, tier: data.tier, updatedAt: new Date() });
  },
  async CustomerHandedOver(em, { data }) {
    const row = await known(em, data.customerId);
    if (row) Object.assign(row, { managerId: data.toEmployeeId, branchId: data.branchId, updatedAt: new Date() });
  },
};

export const CUSTOMER_TOPICS = ['attendance.customer'] as const;
