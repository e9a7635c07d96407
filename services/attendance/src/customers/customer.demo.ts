import type { EntityManager } from '@mikro-orm/core';
import { DEMO_CUSTOMERS } from '@bg/service';
import { Customer, CustomerKind } from './customer.entity';
import { DEFAULT_TIER_THRESHOLDS, tierFor } from './customer.rules';

/** The demo company's registered customers (DEMO_CUSTOMERS), into an empty register; tiers by the default thresholds. */
export async function seedDemoCustomers(em: EntityManager): Promise<void> {
  if (await em.count(Customer, {})) return;
  for (const c of DEMO_CUSTOMERS)
    em.create(Customer, {
      id: c.id,
      branchId: c.branchId,
      name: c.name,
      kind: c.kind as CustomerKind,
      crmRef: c.crmRef,
      assetsFen: c.assetsFen,
      assetsAsOf: '2026-10-31',
      tier: tierFor(c.assetsFen, DEFAULT_TIER_THRESHOLDS),
      responsibleEmployeeId: c.responsibleEmployeeId,
      registeredOn: '2026-01-05',
      registeredBy: 'clerk.att',
    } as Customer);
  await em.flush();
}
