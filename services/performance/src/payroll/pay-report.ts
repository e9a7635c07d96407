/** The branch's monthly client-manager pay report (营业部客户经理薪酬月报表, R-4.2) as XLSX. */
import type { EntityManager } from '@mikro-orm/core';
import { KnownEmployee } from '@bg/service';
import { shanghaiToday } from '../time';
import { PayrollKind, PayrollLine, PayrollRun, PayrollSignature, PayrollStatus, SignOffDecision, SignOffStep } from './payroll.entity';
import { writeXlsx, type Cell } from './xlsx';

/** Fen as an exact yuan decimal: 123456 -> 1234.56. */
export function yuan(fen: number): { decimal: string } {
  const f = Number(fen);
  const sign = f < 0 ? '-' : '';
  const a = Math.abs(f);
  return { decimal: `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}` };
}

const STATUS_LABEL: Record<PayrollStatus, string> = {
  AWAITING_FINANCE: '待主办会计签字',
  AWAITING_DEPUTY: '待副经理签字',
  AWAITING_MANAGER: '待经理签字',
  SIGNED_OFF: '已签字',
  FILED: '已报送经纪业务综合室',
  REJECTED: '已退回',
  SUPERSEDED: '已作废(重新计算)',
};

export const PAY_REPORT_HEADERS = [
  '序号',
  '员工编号',
  '姓名',
  '团队',
  '级别',
  '新开户数',
  '新增资产(元)',
  '净收入(元)',
  '缺勤(天)',
  '迟到(次)',
  '早退(次)',
  '基本工资',
  '提成',
  '开户奖励',
  '新增资产奖励',
  '封顶扣减',
  '应发合计',
  '缺勤扣款',
  '迟到扣款',
  '早退扣款',
  '实物赔偿扣款',
  '扣款合计',
  '保底补足',
  '实发工资',
];

/** The columns summed in the 合计 row: header -> line field. */
const SUMMED: Array<[string, keyof PayrollLine]> = [
  ['新开户数', 'newAccounts'],
  ['新增资产(元)', 'newAssetsFen'],
  ['净收入(元)', 'netRevenueFen'],
  ['缺勤(天)', 'absent'],
  ['迟到(次)', 'late'],
  ['早退(次)', 'early'],
  ['基本工资', 'baseFen'],
  ['提成', 'commissionFen'],
  ['开户奖励', 'newAccountBonusFen'],
  ['新增资产奖励', 'newAssetsBonusFen'],
  ['封顶扣减', 'capCutFen'],
  ['应发合计', 'grossFen'],
  ['缺勤扣款', 'absenceDeductionFen'],
  ['迟到扣款', 'lateDeductionFen'],
  ['早退扣款', 'earlyDeductionFen'],
  ['实物赔偿扣款', 'assetLossDeductionFen'],
  ['扣款合计', 'deductionsFen'],
  ['保底补足', 'floorTopUpFen'],
  ['实发工资', 'netFen'],
];
const COUNTS = new Set(['新开户数', '缺勤(天)', '迟到(次)', '早退(次)']);

export async function payReportXlsx(em: EntityManager, run: PayrollRun): Promise<{ filename: string; bytes: Buffer }> {
  const [lines, signatures] = await Promise.all([
    em.find(PayrollLine, { runId: run.id }, { orderBy: { teamId: 'asc', employeeId: 'asc' } }),
    em.find(PayrollSignature, { runId: run.id, decision: SignOffDecision.SIGNED }, { orderBy: { at: 'asc' } }),
  ]);
  const signerIds = signatures.map((s) => s.signerEmployeeId).filter((x): x is string => !!x);
  const names = new Map((signerIds.length ? await em.find(KnownEmployee, { id: { $in: signerIds } }) : []).map((k) => [k.id, k.name]));
  const value = (header: string, v: number): Cell => (COUNTS.has(header) ? Number(v) : yuan(v));

  const rows: Cell[][] = [
    [run.kind === PayrollKind.ADJUSTMENT ? `营业部客户经理薪酬月报表（更正）: ${run.adjustmentReason ?? ''}` : '营业部客户经理薪酬月报表'],
    [
      `营业部: ${run.branchId}`,
      null,
      null,
      `月份: ${run.month}`,
      null,
      null,
      `状态: ${STATUS_LABEL[run.status]}`,
      null,
      null,
      `第 ${run.revision} 次计算, 薪酬标准第 ${run.standardVersion} 版`,
    ],
    [],
    PAY_REPORT_HEADERS,
    ...lines.map((l, i) => [i + 1, l.employeeId, l.employeeName, l.teamId ?? '', l.level, ...SUMMED.map(([h, f]) => value(h, l[f] as number))]),
    [
      '合计',
      null,
      `${lines.length} 人`,
      null,
      null,
      ...SUMMED.map(([h, f]) =>
        value(
          h,
          lines.reduce((s, l) => s + Number(l[f]), 0),
        ),
      ),
    ],
    [],
  ];
  const step = (st: SignOffStep, title: string): Cell[] => {
    const s = signatures.find((x) => x.step === st);
    const who = s ? `${(s.signerEmployeeId && names.get(s.signerEmployeeId)) || s.signedBy}` : '';
    return [title, who, s ? shanghaiToday(s.at) : '', s?.comment ?? ''];
  };
  rows.push(
    ['签字', '签字人', '日期', '意见'],
    step(SignOffStep.FINANCE, '主办会计'),
    step(SignOffStep.DEPUTY, '副经理/经理助理'),
    step(SignOffStep.MANAGER, '营业部经理'),
  );
  if (run.filedOn) rows.push([], ['报送经纪业务综合室', run.filedBy ?? '', run.filedOn]);
  const widths = [8, 12, 10, 12, 6, ...SUMMED.map(() => 13)];
  return {
    filename: `营业部客户经理薪酬月报表${run.kind === PayrollKind.ADJUSTMENT ? '更正' : ''}_${run.branchId}_${run.month}_第${run.revision}次.xlsx`,
    bytes: writeXlsx('薪酬月报表', rows, widths, { boldRows: [0, 3, 4 + lines.length, 6 + lines.length] }),
  };
}
