/**
 * What a campaign needs to know of a registered customer (DOMAIN.md "Customers": the register is
 * attendance's): name, branch, responsible client manager. A local projection, as for employees
 * (no service keeps a hand-made copy of another's data): fed by the register's events once the
 * register publishes them; the demo data writes the demo company's customers directly.
 */
import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';

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
