/**
 * R-6.4 (issue 16 item 12): each month a client manager's customer details (营销客户明细) and results
 * (营销业绩) are archived as electronic records in the manager's archive, from the events of the
 * services that own them: attendance's customer register at the month close (CustomerDetailsClosed)
 * and performance's CRM figures once finance reviewed them (MonthlyResultsReviewed). Pure.
 */
import type { EventData } from '@bg/events';
import { formatYuan as yuan } from '@bg/graphql';
import { DocumentKind } from './archive-document.entity';

/** One record per person, kind and month; a later version (a re-close, a re-review) replaces it. */
export const monthlyRecordKey = (kind: 'CUSTOMER_DETAILS' | 'MONTHLY_RESULTS', month: string): string => `${DocumentKind[kind]}:${month}`;

/** The archived text of a month's customer details: the tiers, the assets, those developed, and the customers themselves. */
export function customerDetailsText(d: EventData<'CustomerDetailsClosed'>): string {
  const byTier = (['VIP', 'KEY', 'ORDINARY'] as const).map((t) => `${t} ${d.customers.filter((c) => c.tier === t).length}`).join(', ');
  const head = `客户 ${d.customerCount} 户 (${byTier}); 资产合计 ${yuan(d.totalAssetsFen)} 元; 本月开发 ${d.developed} 户`;
  const lines = d.customers.map((c) => `${c.name} [${c.tier}] ${yuan(c.assetsFen)} 元 (${c.assetsAsOf})`);
  const more = d.customerCount > d.customers.length ? [`... 另 ${d.customerCount - d.customers.length} 户`] : [];
  return [head, ...lines, ...more].join('\n');
}

/** The archived text of a month's results as finance reviewed them. */
export function resultsText(d: EventData<'MonthlyResultsReviewed'>): string {
  return [
    `开发客户 ${d.customersDeveloped} 户`,
    `新开户 ${d.newAccounts} 户`,
    `新增资产 ${yuan(d.newAssetsFen)} 元`,
    `客户资产 ${yuan(d.customerAssetsFen)} 元`,
    `净收入 ${yuan(d.netRevenueFen)} 元`,
    `财务复核 ${d.reviewedBy}`,
  ].join('; ');
}
