import type { EntityManager } from '@mikro-orm/core';
import { DEMO_BRANCHES, DEMO_EMPLOYEES, DEMO_METRICS_MONTHS, demoRandom, flushEvery } from '@bg/service';
import { BusinessMetrics } from '../metrics/business-metrics.entity';
import { MetricsImport } from '../metrics/metrics-import.entity';
import { CompensationStandard, StandardStatus } from '../compensation/standard.entity';
import { DEMO_RULES } from '../compensation/pay-rules';
import { ApprovalRequest, ApprovalStep, StepDecision } from '../approvals/approval.entity';
import { ApprovalKind, ApprovalStage, ApprovalStatus, CosignDepartment } from '../approvals/route';
import { LevelRuleSet, LevelRulesStatus } from '../levels/level-rules.entity';
import { DEMO_LEVEL_RULES } from '../levels/level-rules';
import { seedDemoCampaign } from '../campaigns/demo';

const YUAN = 100;

/** Demo data: the approved company-wide standard (version 1), the approved level rules (version 1) and CRM figures of the demo months, as if imported. */
export async function seedDemoPerformance(em: EntityManager): Promise<void> {
  if (!(await em.count(CompensationStandard, {}))) {
    const standard = em.create(CompensationStandard, {
      version: 1,
      branchId: null,
      effectiveFrom: '2026-01',
      title: '客户经理薪酬标准 2026 版',
      rulesJson: JSON.stringify(DEMO_RULES),
      status: StandardStatus.APPROVED,
      createdBy: 'ch.cao',
      decidedBy: 'vp.qian',
      decidedAt: new Date('2025-12-20T02:00:00Z'),
      decisionComment: '会签意见已反馈',
    } as CompensationStandard);
    seedCompletedRoute(em, ApprovalKind.COMPENSATION_STANDARD, standard.id, `薪酬标准 v1: ${standard.title}`, new Date('2025-12-10T02:00:00Z'));
  }
  if (!(await em.count(LevelRuleSet, {}))) {
    // Level rules L1..L5, approved before the demo year (the route's history is not part of the demo).
    em.create(LevelRuleSet, {
      version: 1,
      effectiveFrom: '2026-01',
      title: '客户经理级别规则 2026 版',
      rulesJson: JSON.stringify(DEMO_LEVEL_RULES),
      status: LevelRulesStatus.APPROVED,
      createdBy: 'ch.cao',
      approvedBy: 'vp.qian',
      decidedAt: new Date('2025-12-22T02:00:00Z'),
    } as LevelRuleSet);
  }
  if (!(await em.count(BusinessMetrics, {}))) {
    // Per branch and month, the import's totals (the metrics are flushed and forgotten as they go: 120,000 rows at scale).
    const totals = new Map<
      string,
      { lineCount: number; customersDeveloped: number; newAccounts: number; newAssets: number; customerAssets: number; netRevenue: number }
    >();
    for (const [i, e] of DEMO_EMPLOYEES.entries()) {
      await flushEvery(em, i);
      const rnd = demoRandom(`metrics:${e.id}`);
      for (const month of DEMO_METRICS_MONTHS) {
        const newAccounts = Math.floor(rnd() * 12);
        const row = {
          customersDeveloped: newAccounts + Math.floor(rnd() * 5),
          newAccounts,
          newAssets: Math.round(rnd() * 3_000_000) * YUAN,
          customerAssets: Math.round(5_000_000 + rnd() * 40_000_000) * YUAN,
          netRevenue: Math.round(rnd() * 60_000) * YUAN,
        };
        em.create(BusinessMetrics, { employeeId: e.id, branchId: e.branchId, teamId: e.teamId, month, ...row } as BusinessMetrics);
        const key = `${e.branchId} ${month}`;
        const t = totals.get(key) ?? { lineCount: 0, customersDeveloped: 0, newAccounts: 0, newAssets: 0, customerAssets: 0, netRevenue: 0 };
        t.lineCount++;
        t.customersDeveloped += row.customersDeveloped;
        t.newAccounts += row.newAccounts;
        t.newAssets += row.newAssets;
        t.customerAssets += row.customerAssets;
        t.netRevenue += row.netRevenue;
        totals.set(key, t);
      }
    }
    for (const b of DEMO_BRANCHES) {
      for (const month of DEMO_METRICS_MONTHS) {
        const t = totals.get(`${b.id} ${month}`) ?? { lineCount: 0, customersDeveloped: 0, newAccounts: 0, newAssets: 0, customerAssets: 0, netRevenue: 0 };
        em.create(MetricsImport, {
          branchId: b.id,
          month,
          revision: 1,
          lineCount: t.lineCount,
          importedBy: 'demo',
          importedAt: new Date(`${month}-28T10:00:00Z`),
          customersDeveloped: t.customersDeveloped,
          newAccounts: t.newAccounts,
          newAssetsFen: t.newAssets,
          customerAssetsFen: t.customerAssets,
          netRevenueFen: t.netRevenue,
        } as MetricsImport);
      }
    }
  }
  await em.flush();
  await seedDemoCampaign(em);
}

/** A company-wide subject's completed route (submitted by channel management, co-signed by finance and HR), one step a day. */
function seedCompletedRoute(em: EntityManager, kind: ApprovalKind, subjectId: string, title: string, submittedAt: Date): void {
  const day = (n: number) => new Date(submittedAt.getTime() + n * 86_400_000);
  const request = em.create(ApprovalRequest, {
    kind,
    subjectId,
    subjectVersion: 1,
    branchId: null,
    title,
    status: ApprovalStatus.APPROVED,
    stage: ApprovalStage.OFFICE_CLOSE,
    cosignDepartmentsJson: JSON.stringify([CosignDepartment.FINANCE, CosignDepartment.HUMAN_RESOURCES]),
    cosignedJson: JSON.stringify([CosignDepartment.FINANCE, CosignDepartment.HUMAN_RESOURCES]),
    submittedBy: 'ch.cao',
    submittedAt,
    endedAt: day(7),
  } as ApprovalRequest);
  const steps: Array<[ApprovalStage, string, string, string, CosignDepartment | null, string | null]> = [
    [ApprovalStage.SUBMITTED, 'channel-management', 'ch.cao', '', null, null],
    [ApprovalStage.OFFICE_REVIEW, 'brokerage-office', 'bo.han', '已收文', null, null],
    [ApprovalStage.CHANNEL_REVIEW, 'channel-management', 'ch.cao', '请计划财务部、人力资源部会签', null, null],
    [ApprovalStage.COSIGN, 'brokerage-office', 'bo.han', '预算内', CosignDepartment.FINANCE, '计划财务部 赵敏'],
    [ApprovalStage.COSIGN, 'brokerage-office', 'bo.han', '同意', CosignDepartment.HUMAN_RESOURCES, '人力资源部 孙悦'],
    [ApprovalStage.OFFICE_ROUTING, 'brokerage-office', 'bo.han', '呈分管副总裁', null, null],
    [ApprovalStage.EXECUTIVE_APPROVAL, 'executive', 'vp.qian', '同意', null, null],
    [ApprovalStage.OFFICE_CLOSE, 'brokerage-office', 'bo.han', '会签意见已反馈', null, null],
  ];
  steps.forEach(([stage, role, actedBy, comment, department, signatory], i) =>
    em.create(ApprovalStep, {
      requestId: request.id,
      seq: i + 1,
      stage,
      role,
      actedBy,
      actedAt: day(i),
      comment,
      department,
      signatory,
      decision: i === 0 ? StepDecision.SUBMITTED : StepDecision.APPROVED,
    } as ApprovalStep),
  );
}
