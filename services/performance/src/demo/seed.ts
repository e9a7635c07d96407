import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { DEMO_EMPLOYEES, DEMO_MONTHS, demoRandom } from '@bg/service';
import { BusinessMetrics } from '../metrics/business-metrics.entity';

const YUAN = 100;

/** Demo CRM figures for the demo months. */
export async function seedDemoMetrics(em: EntityManager): Promise<void> {
  if (await em.count(BusinessMetrics, {})) return;
  for (const e of DEMO_EMPLOYEES) {
    const rnd = demoRandom(`metrics:${e.id}`);
    for (const month of DEMO_MONTHS) {
      const newAccounts = Math.floor(rnd() * 12);
      em.create(BusinessMetrics, {
        id: randomUUID(), employeeId: e.id, month,
        customersDeveloped: newAccounts + Math.floor(rnd() * 5),
        newAccounts,
        newAssets: Math.round(rnd() * 3_000_000) * YUAN,
        customerAssets: Math.round(5_000_000 + rnd() * 40_000_000) * YUAN,
        netRevenue: Math.round(rnd() * 60_000) * YUAN,
      });
    }
  }
  await em.flush();
}
