import { CustomerTier } from './customer.entity';
import { DEFAULT_TIER_THRESHOLDS, customerProblems, handoverProblems, thresholdProblems, tierFor } from './customer.rules';

describe('customer register (R-2.9)', () => {
  it('tiers a customer by assets against the thresholds (分级管理)', () => {
    const t = { vipMinAssetsFen: 1000, keyMinAssetsFen: 100 };
    expect(tierFor(1000, t)).toBe(CustomerTier.VIP);
    expect(tierFor(999, t)).toBe(CustomerTier.KEY);
    expect(tierFor(100, t)).toBe(CustomerTier.KEY);
    expect(tierFor(99, t)).toBe(CustomerTier.ORDINARY);
    expect(tierFor(600_000_000, DEFAULT_TIER_THRESHOLDS)).toBe(CustomerTier.VIP);
  });

  it('refuses thresholds out of order', () => {
    expect(thresholdProblems({ vipMinAssetsFen: 100, keyMinAssetsFen: 100 })).toEqual([{ field: 'vipMinAssetsFen', problem: 'above the KEY threshold' }]);
    expect(thresholdProblems({ vipMinAssetsFen: 100, keyMinAssetsFen: 0 })).toEqual([{ field: 'keyMinAssetsFen', problem: 'a threshold above 0 fen' }]);
    expect(thresholdProblems(DEFAULT_TIER_THRESHOLDS)).toEqual([]);
  });

  it('names every problem of a registration', () => {
    expect(customerProblems({ name: ' ', crmRef: '客户1', assetsFen: -1, assetsAsOf: '2027-01-02' }, '2027-01-01').map((p) => p.field)).toEqual([
      'name',
      'crmRef',
      'assetsFen',
      'assetsAsOf',
    ]);
    expect(customerProblems({ name: '王女士', crmRef: null, assetsFen: 0, assetsAsOf: '2027-01-01' }, '2027-01-01')).toEqual([]);
  });

  it('hands customers over to someone else of the branch, with a reason', () => {
    const c = (id: string, responsibleEmployeeId = 'E1', branchId = 'SZ01') => ({ id, responsibleEmployeeId, branchId });
    expect(handoverProblems({ customers: [c('C1'), c('C2')], toEmployeeId: 'E2', toBranchId: 'SZ01', reason: '离职交接' })).toEqual([]);
    expect(handoverProblems({ customers: [c('C1'), c('C1'), c('C3', 'E2')], toEmployeeId: 'E2', toBranchId: 'GZ01', reason: '' })).toEqual([
      { field: 'toEmployeeId', problem: "not in branch SZ01, the customer's" },
      { field: 'customerIds[1]', problem: 'named twice' },
      { field: 'customerIds[2]', problem: 'already the responsibility of E2' },
      { field: 'reason', problem: 'give the reason (e.g. 离职交接)' },
    ]);
    expect(handoverProblems({ customers: [], toEmployeeId: 'E2', toBranchId: 'SZ01', reason: 'x' })).toEqual([
      { field: 'customerIds', problem: 'name at least one customer' },
    ]);
  });
});
