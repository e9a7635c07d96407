import { createEnvelope } from '@bg/events';
import { staffChangeFiling } from './staff-change-filing';

describe('filing a staff change (R-6.5)', () => {
  it('names the change, the person and its date', () => {
    const moved = createEnvelope('personnel', 'EmployeeTransferred', 'E1001', {
      employeeId: 'E1001',
      branchId: 'SZ01',
      teamId: 'SZ01-T2',
      groupId: null,
      outletId: 'SZ01-O2',
      effectiveOn: '2026-11-16',
      from: { branchId: 'SZ01', teamId: 'SZ01-T1', groupId: 'SZ01-T1-G1', outletId: 'SZ01-O1' },
    });
    expect(staffChangeFiling(moved, '张伟')).toEqual({ branchId: 'SZ01', date: '2026-11-16', title: '人员变动 调动: 张伟 (E1001) SZ01-T1 -> SZ01-T2' });
    const left = createEnvelope('personnel', 'EmployeeDeparted', 'E1004', {
      employeeId: 'E1004',
      branchId: 'SZ01',
      departedOn: '2026-11-30',
      reason: '个人原因',
    });
    expect(staffChangeFiling(left, '刘洋').title).toBe('人员变动 离职: 刘洋 (E1004) (个人原因)');
    const level = createEnvelope('personnel', 'LevelChanged', 'E1002', {
      employeeId: 'E1002',
      branchId: 'SZ01',
      from: 'L3',
      to: 'L4',
      effectiveOn: '2026-12-01',
      reason: '',
    });
    expect(staffChangeFiling(level, '李娜')).toMatchObject({ date: '2026-12-01', title: '人员变动 级别调整: 李娜 (E1002) L3 -> L4' });
  });
});
