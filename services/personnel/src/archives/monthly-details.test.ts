import { customerDetailsText, monthlyRecordKey, resultsText } from './monthly-details';

describe("a manager's monthly customer details and results in the archive (R-6.4)", () => {
  it('keeps one record per kind and month', () => {
    expect(monthlyRecordKey('CUSTOMER_DETAILS', '2026-11')).toBe('CUSTOMER_DETAILS:2026-11');
    expect(monthlyRecordKey('MONTHLY_RESULTS', '2026-11')).toBe('MONTHLY_RESULTS:2026-11');
  });
  it('writes the customer details with tiers, assets and those developed', () => {
    const text = customerDetailsText({
      employeeId: 'E1',
      branchId: 'SZ01',
      month: '2026-11',
      developed: 1,
      totalAssetsFen: 1_200_060_000,
      customerCount: 3,
      customers: [
        { customerId: 'C1', name: '某投资公司', tier: 'VIP', assetsFen: 1_200_000_000, assetsAsOf: '2026-11-20' },
        { customerId: 'C2', name: '陈女士', tier: 'ORDINARY', assetsFen: 60_000, assetsAsOf: '2026-11-19' },
      ],
    });
    expect(text.split('\n')).toEqual([
      '客户 3 户 (VIP 1, KEY 0, ORDINARY 1); 资产合计 12,000,600.00 元; 本月开发 1 户',
      '某投资公司 [VIP] 12,000,000.00 元 (2026-11-20)',
      '陈女士 [ORDINARY] 600.00 元 (2026-11-19)',
      '... 另 1 户',
    ]);
  });
  it('writes the results as finance reviewed them', () => {
    expect(
      resultsText({
        employeeId: 'E1',
        branchId: 'SZ01',
        month: '2026-11',
        customersDeveloped: 5,
        newAccounts: 3,
        newAssetsFen: 25_000_000,
        customerAssetsFen: 120_000_000,
        netRevenueFen: 1_234_500,
        reviewedBy: 'fin.sz',
      }),
    ).toBe('开发客户 5 户; 新开户 3 户; 新增资产 250,000.00 元; 客户资产 1,200,000.00 元; 净收入 12,345.00 元; 财务复核 fin.sz');
  });
});
