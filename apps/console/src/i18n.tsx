import { createContext, useContext, useState, type ReactNode } from 'react';

/** zh-CN first, with the English terms a click away (the toggle in the header). */
export type Lang = 'zh' | 'en';

const T = {
  appTitle: ['营业部控制台', 'Branch console'],
  signOut: ['退出', 'Sign out'],
  signIn: ['登录', 'Sign in'],
  demoLogin: ['演示用户登录（开发域）', 'Demo users (dev realm)'],
  demoHint: [
    '嵌入模式：选择一位演示用户，令牌由开发域签发，与 Keycloak 格式一致。',
    'Embedded mode: pick a demo user; the dev realm signs a Keycloak-shaped token.',
  ],
  home: ['首页', 'Home'],
  myDay: ['我的工作', 'My day'],
  teamMonth: ['团队考勤月', "Team's attendance month"],
  teamWork: ['团队管理', "Team's work"],
  attendanceGrid: ['考勤登记（日）', 'Attendance grid (day)'],
  monthClose: ['考勤月结', 'Month close'],
  archives: ['档案', 'Archives'],
  slips: ['客户确认单', 'Confirmation slips'],
  assets: ['实物台账', 'Asset ledger'],
  crmImport: ['CRM 数据导入', 'CRM import'],
  payroll: ['薪酬与签批', 'Payroll & sign-off'],
  comparison: ['跨营业部对比', 'Cross-branch comparison'],
  pipeline: ['招聘看板', 'Recruitment pipeline'],
  month: ['月份', 'Month'],
  period: ['期间', 'Period'],
  team: ['团队', 'Team'],
  name: ['姓名', 'Name'],
  employee: ['员工', 'Employee'],
  daysRecorded: ['登记天数', 'Days recorded'],
  daysWorked: ['出勤天数', 'Days worked'],
  late: ['迟到', 'Late'],
  early: ['早退', 'Early leave'],
  absent: ['旷工', 'Absent'],
  leave: ['请假', 'Leave'],
  overtime: ['加班（分钟）', 'Overtime (min)'],
  closed: ['已月结', 'Closed'],
  open: ['未月结', 'Open'],
  state: ['状态', 'State'],
  closeMonth: ['月结', 'Close the month'],
  reopenMonth: ['重新打开', 'Reopen'],
  reason: ['原因', 'Reason'],
  history: ['记录', 'History'],
  loading: ['加载中…', 'Loading…'],
  none: ['无', 'None'],
  forbidden: ['无权访问此页面', 'You may not open this page'],
  forbiddenHint: ['该页面不属于您的角色。', 'This page is not for your role.'],
  importFile: ['选择 CSV 文件', 'Choose a CSV file'],
  orPaste: ['或粘贴 CSV 内容', 'or paste the CSV'],
  import: ['导入', 'Import'],
  review: ['复核', 'Review'],
  reviewState: ['复核状态', 'Review state'],
  revision: ['版本', 'Revision'],
  lines: ['行数', 'Lines'],
  newAccounts: ['新开户数', 'New accounts'],
  customersDeveloped: ['开发客户数', 'Customers developed'],
  newAssets: ['新增资产', 'New assets'],
  customerAssets: ['客户资产', 'Customer assets'],
  netRevenue: ['净收入', 'Net revenue'],
  importRejected: ['文件被整体拒绝，逐行错误如下：', 'The file was rejected whole; every line error:'],
  compute: ['计算薪酬', 'Compute payroll'],
  sign: ['签批', 'Sign'],
  reject: ['退回', 'Reject'],
  file: ['报经纪业务综合室备案', 'File with the brokerage office'],
  download: ['下载薪酬月报表 (XLSX)', 'Download the pay report (XLSX)'],
  status: ['状态', 'Status'],
  gross: ['应发', 'Gross'],
  deductions: ['扣款', 'Deductions'],
  net: ['实发', 'Net'],
  base: ['底薪', 'Base'],
  commission: ['提成', 'Commission'],
  level: ['级别', 'Level'],
  signatures: ['签批记录', 'Signatures'],
  stepFINANCE: ['主办会计', 'Chief accountant'],
  stepDEPUTY: ['副经理', 'Deputy manager'],
  stepMANAGER: ['营业部经理', 'Branch manager'],
  rank: ['排名', 'Rank'],
  accountsOpened: ['开户数', 'Accounts opened'],
  payrollCost: ['薪酬成本', 'Payroll cost'],
  costPerAccount: ['单户成本', 'Cost per account'],
  change: ['环比', 'Change'],
  drillDown: ['下钻', 'Drill down'],
  back: ['返回', 'Back'],
  visitSlips: ['出访单', 'Visit slips'],
  workLog: ['工作日志', 'Work log'],
  customerVisits: ['客户走访与督办', 'Customer visits and follow-ups'],
  leaveRequests: ['请假申请', 'Leave requests'],
  payslip: ['工资条', 'Payslip'],
  approvals: ['待我审批', 'Waiting for my approval'],
  approve: ['批准', 'Approve'],
  spotChecks: ['抽查', 'Spot-check draws'],
  meetings: ['会议与纪要', 'Meetings and minutes'],
  planProgress: ['计划进度', 'Plan progress'],
  target: ['目标', 'Target'],
  actual: ['完成', 'Actual'],
  behind: ['落后', 'Behind'],
  missingDocuments: ['缺失材料', 'Missing documents'],
  documents: ['材料', 'Documents'],
  serial: ['流水号', 'Serial number'],
  date: ['日期', 'Date'],
  customer: ['客户', 'Customer'],
  tag: ['编号', 'Tag'],
  kind: ['类别', 'Kind'],
  holder: ['保管人', 'Holder'],
  value: ['价值', 'Value'],
  stage: ['阶段', 'Stage'],
  verify: ['核验为真', 'Verify genuine'],
  hire: ['录用', 'Hire'],
  advance: ['推进', 'Advance'],
  write: ['保存', 'Save'],
  request: ['申请', 'Request'],
  done: ['已完成', 'Done'],
  nextSteps: ['下一步', 'Next steps'],
  customersContacted: ['联系客户数', 'Customers contacted'],
  noData: ['暂无数据', 'No data'],
  day: ['日期', 'Day'],
  saved: ['已保存', 'Saved'],
  roles: ['角色', 'Roles'],
  chooseTeam: ['选择团队', 'Choose a team'],
  monthEnd: ['月末流程', 'Month end'],
  monthEndHint: [
    '考勤月结 → CRM 导入与复核 → 计算薪酬 → 三级签批 → 下载月报表',
    'Attendance close → CRM import and review → payroll → three sign-offs → pay report',
  ],
} as const;

export type Key = keyof typeof T;

/** Labels of the graph's enum values (the code stays visible beside them). */
const ENUMS: Record<string, readonly [string, string]> = {
  AWAITING_FINANCE: ['待主办会计签批', 'Awaiting the chief accountant'],
  AWAITING_DEPUTY: ['待副经理签批', 'Awaiting the deputy manager'],
  AWAITING_MANAGER: ['待营业部经理签批', 'Awaiting the branch manager'],
  SIGNED_OFF: ['已签批', 'Signed off'],
  FILED: ['已备案', 'Filed'],
  REJECTED: ['已退回', 'Rejected'],
  SUPERSEDED: ['已被取代', 'Superseded'],
  APPLIED: ['已报名', 'Applied'],
  SCREENED: ['已筛选', 'Screened'],
  CERTIFICATES_VERIFIED: ['证书已核验', 'Certificates verified'],
  PRE_EMPLOYMENT_TRAINING: ['岗前培训', 'Pre-employment training'],
  EVALUATED: ['已考评', 'Evaluated'],
  PROBATION: ['试用期', 'Probation'],
  HIRED: ['已录用', 'Hired'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
};

/** An enum value's label in the current language, e.g. SIGNED_OFF -> 已签批 (the code itself when unknown). */
export function useEnumLabel(): (code: string) => string {
  const { lang } = useLang();
  return (code) => ENUMS[code]?.[lang === 'zh' ? 0 : 1] ?? code;
}

const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({ lang: 'zh', setLang: () => undefined });

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('console.lang') === 'en' ? 'en' : 'zh'));
  const setLang = (l: Lang) => {
    localStorage.setItem('console.lang', l);
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
    setLangState(l);
  };
  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

export function useLang() {
  return useContext(LangContext);
}

/** The translator: t('payroll') -> 薪酬与签批 / Payroll & sign-off. */
export function useT(): (key: Key) => string {
  const { lang } = useLang();
  return (key) => T[key][lang === 'zh' ? 0 : 1];
}
