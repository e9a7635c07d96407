/** The customer register's rules (R-2.9, DOMAIN.md "Customers"), pure. */
import type { FieldProblem } from '@bg/graphql';
import { CustomerTier } from './customer.entity';

export interface TierThresholds {
  vipMinAssetsFen: number;
  keyMinAssetsFen: number;
}

/** Until a branch sets its own: VIP (A) from 5,000,000 yuan of assets, KEY (B) from 500,000 yuan. */
export const DEFAULT_TIER_THRESHOLDS: TierThresholds = { vipMinAssetsFen: 500_000_000, keyMinAssetsFen: 50_000_000 };

/** 分级管理: the tier a customer's assets put them in. */
export function tierFor(assetsFen: number, t: TierThresholds): CustomerTier {
  if (assetsFen >= t.vipMinAssetsFen) return CustomerTier.VIP;
  if (assetsFen >= t.keyMinAssetsFen) return CustomerTier.KEY;
  return CustomerTier.ORDINARY;
}

export function thresholdProblems(t: TierThresholds): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (t.keyMinAssetsFen <= 0) problems.push({ field: 'keyMinAssetsFen', problem: 'a threshold above 0 fen' });
  if (t.vipMinAssetsFen <= t.keyMinAssetsFen) problems.push({ field: 'vipMinAssetsFen', problem: 'above the KEY threshold' });
  return problems;
}

export interface CustomerFacts {
  name: string;
  crmRef?: string | null;
  assetsFen: number;
  assetsAsOf: string;
}

/** A registration or an update of the assets: every problem at once (nothing written unless none). */
export function customerProblems(input: Partial<CustomerFacts>, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.name !== undefined) {
    if (!input.name.trim()) problems.push({ field: 'name', problem: "give the customer's name" });
    else if (input.name.length > 100) problems.push({ field: 'name', problem: 'at most 100 characters' });
  }
  if (input.crmRef !== undefined && input.crmRef !== null && !/^[0-9A-Za-z-]{1,40}$/.test(input.crmRef))
    problems.push({ field: 'crmRef', problem: 'the CRM customer number: 1-40 letters, digits or dashes' });
  if (input.assetsFen !== undefined && input.assetsFen < 0) problems.push({ field: 'assetsFen', problem: 'assets cannot be negative' });
  if (input.assetsAsOf !== undefined && input.assetsAsOf > today) problems.push({ field: 'assetsAsOf', problem: 'assets are taken on a past day or today' });
  return problems;
}

export interface HandoverFacts {
  customers: Array<{ id: string; responsibleEmployeeId: string; branchId: string }>;
  toEmployeeId: string;
  toBranchId: string;
  reason: string;
}

/** A handover (客户交接): to someone else of the same branch, with a reason, each customer once. */
export function handoverProblems(h: HandoverFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!h.customers.length) problems.push({ field: 'customerIds', problem: 'name at least one customer' });
  const seen = new Set<string>();
  h.customers.forEach((c, i) => {
    if (seen.has(c.id)) problems.push({ field: `customerIds[${i}]`, problem: 'named twice' });
    seen.add(c.id);
    if (c.responsibleEmployeeId === h.toEmployeeId) problems.push({ field: `customerIds[${i}]`, problem: `already the responsibility of ${h.toEmployeeId}` });
    if (c.branchId !== h.toBranchId) problems.push({ field: 'toEmployeeId', problem: `not in branch ${c.branchId}, the customer's` });
  });
  if (!h.reason.trim()) problems.push({ field: 'reason', problem: 'give the reason (e.g. 离职交接)' });
  else if (h.reason.length > 500) problems.push({ field: 'reason', problem: 'at most 500 characters' });
  return problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.problem === p.problem) === i);
}
