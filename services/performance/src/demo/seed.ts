import type { EntityManager } from '@mikro-orm/core';
import { DEMO_BRANCHES, DEMO_EMPLOYEES, DEMO_MONTHS, demoRandom } from '@bg/service';
import { BusinessMetrics } from '../metrics/business-metrics.entity';
import { MetricsImport } from '../metrics/metrics-import.entity';
import { CompensationStandard, StandardStatus } from '../compensation/standard.entity';
import { DEMO_RULES } from '../compensation/pay-rules';

const YUAN = 100;

/** Demo data: the approved company-wide standard (version 1) and CRM figures of the demo months, as if imported. */
export async function seedDemoPerformance(em: EntityManager): Promise<void> {
  if (!(await em.count(CompensationStandard, {}))) {
    em.create(CompensationStandard, {
      version: 1, branchId: null, effectiveFrom: '2026-01', title: '客户经理薪酬标准 2026 版', rulesJson: JSON.stringify(DEMO_RULES),
      status: StandardStatus.APPROVED, createdBy: 'ch.cao', decidedBy: 'ch.cao', decidedAt: new Date('2025-12-20T02:00:00Z'), decisionComment: '同意',
    } as CompensationStandard);
  }
  if (!(await em.count(BusinessMetrics, {}))) {
    const rows: BusinessMetrics[] = [];
    for (const e of DEMO_EMPLOYEES) {
      const rnd = demoRandom(`metrics:${e.id}`);
      for (const month of DEMO_MONTHS) {
        const newAccounts = Math.floor(rnd() * 12);
        rows.push(em.create(BusinessMetrics, {
          employeeId: e.id, branchId: e.branchId, teamId: e.teamId, month,
          customersDeveloped: newAccounts + Math.floor(rnd() * 5),
          newAccounts,
          newAssets: Math.round(rnd() * 3_000_000) * YUAN,
          customerAssets: Math.round(5_000_000 + rnd() * 40_000_000) * YUAN,
          netRevenue: Math.round(rnd() * 60_000) * YUAN,
        } as BusinessMetrics));
      }
    }
    for (const b of DEMO_BRANCHES) {
      for (const month of DEMO_MONTHS) {
        const mine = rows.filter((r) => r.branchId === b.id && r.month === month);
        const sum = (f: (r: BusinessMetrics) => number) => mine.reduce((s, r) => s + f(r), 0);
        em.create(MetricsImport, {
          branchId: b.id, month, revision: 1, lineCount: mine.length, importedBy: 'demo', importedAt: new Date(`${month}-28T10:00:00Z`),
          customersDeveloped: sum((r) => r.customersDeveloped), newAccounts: sum((r) => r.newAccounts), newAssetsFen: sum((r) => r.newAssets),
          customerAssetsFen: sum((r) => r.customerAssets), netRevenueFen: sum((r) => r.netRevenue),
        } as MetricsImport);
      }
    }
  }
  await em.flush();
}
