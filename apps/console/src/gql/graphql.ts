/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** CURRENT, or SUPERSEDED by a later version of the same record (kept as history) */
export type ArchiveEntryStatus =
  /** The record in force */
  | 'CURRENT'
  /** Replaced by a later version of the same record (kept as history) */
  | 'SUPERSEDED';

/** COMPUTER, OFFICE_EQUIPMENT, PROMOTION_MATERIAL (宣传品), OTHER */
export type AssetKind =
  /** A computer */
  | 'COMPUTER'
  /** Office equipment (printers, phones, furniture...) */
  | 'OFFICE_EQUIPMENT'
  /** Anything else */
  | 'OTHER'
  /** Promotion material (宣传品): leaflets, posters, gifts */
  | 'PROMOTION_MATERIAL';

/** Where an asset item is: in stock, issued to a person, or gone */
export type AssetStatus =
  /** In the store, not issued */
  | 'IN_STOCK'
  /** Issued to a person who keeps it */
  | 'ISSUED'
  /** Gone: lost, stolen, damaged beyond use or disposed of */
  | 'WRITTEN_OFF';

/** What was done to a branch's attendance month: closed or reopened */
export type AttendanceMonthAction =
  /** The month was closed: its figures went to payroll (AttendanceMonthClosed) */
  | 'CLOSED'
  /** The month was reopened for corrections (by the branch manager, with a reason) */
  | 'REOPENED';

/** Where a branch's attendance month stands: OPEN while recording goes on, CLOSED once its figures went to payroll; a reopen makes it OPEN again */
export type AttendanceMonthState =
  /** Closed: the figures went to payroll (AttendanceMonthClosed) */
  | 'CLOSED'
  /** Recording goes on */
  | 'OPEN';

/** How the candidate came: job website, talent market, school-enterprise cooperation, referral, other */
export type CandidateChannel =
  /** 招聘网站: a job website */
  | 'JOB_WEBSITE'
  /** Any other channel (say which in channelDetail) */
  | 'OTHER'
  /** 推荐: a referral */
  | 'REFERRAL'
  /** 校企合作: school-enterprise cooperation */
  | 'SCHOOL_ENTERPRISE'
  /** 人才市场: a talent market */
  | 'TALENT_MARKET';

/** R-6.3 documents (the event contracts' hiring document kinds, personnel's DocumentKind names) */
export type CandidateDocumentKind =
  /** 学历证书复印件: diploma copy */
  | 'DIPLOMA_COPY'
  /** 担保书: guarantee letter */
  | 'GUARANTEE_LETTER'
  /** 担保人身份证复印件: the guarantor's ID card copy */
  | 'GUARANTOR_ID_COPY'
  /** 身份证复印件: ID card copy */
  | 'ID_CARD_COPY'
  /** 一寸照片: 1-inch photo */
  | 'PHOTO'
  /** 简历: resume */
  | 'RESUME';

/** applied -> screened -> certificates verified -> pre-employment training -> evaluated -> probation -> hired; or rejected / withdrawn (talent pool) */
export type CandidateStage =
  /** 报名: applied */
  | 'APPLIED'
  /** 证件核验: every certificate checked genuine */
  | 'CERTIFICATES_VERIFIED'
  /** 综合考评: evaluated after the training */
  | 'EVALUATED'
  /** 录用: hired; personnel creates the employee and the archive */
  | 'HIRED'
  /** 岗前培训: in pre-employment training */
  | 'PRE_EMPLOYMENT_TRAINING'
  /** 试用: on probation */
  | 'PROBATION'
  /** 未录用: not hired, kept in the talent pool (人才储备) with the reason */
  | 'REJECTED'
  /** 初选: passed the first screening */
  | 'SCREENED'
  /** 本人放弃: withdrew, kept in the talent pool */
  | 'WITHDRAWN';

/** What the rows are: branches, the teams of a branch, or the managers of a team */
export type ComparisonLevel =
  /** Rows are branches (head office) */
  | 'BRANCH'
  /** Rows are the managers of a team */
  | 'MANAGER'
  /** Rows are the teams of a branch */
  | 'TEAM';

/** A customer's tier (分级管理), from the customer's assets by the branch's thresholds */
export type CustomerTier =
  /** B: 重点客户, assets at or above the KEY threshold */
  | 'KEY'
  /** C: 普通客户, the rest */
  | 'ORDINARY'
  /** A: 重要客户, assets at or above the VIP threshold */
  | 'VIP';

/** A manager's recorded working day */
export type DayStatus =
  /** 旷工: absent without approved leave */
  | 'ABSENT'
  /** 早退: left early (minutesEarly) */
  | 'EARLY_LEAVE'
  /** 迟到: arrived late (minutesLate) */
  | 'LATE'
  /** Arrived late and left early */
  | 'LATE_AND_EARLY'
  /** 请假: on approved leave for the whole day */
  | 'ON_LEAVE'
  /** Worked the outlet hours on time */
  | 'ON_TIME'
  /** 出访: out visiting customers, with a filed visit slip */
  | 'ON_VISIT';

/** Kinds of archive material */
export type DocumentKind =
  /** 考核: an assessment of the contract period */
  | 'ASSESSMENT'
  /** 营销合作协议: the signed marketing cooperation agreement (part-time) */
  | 'COOPERATION_AGREEMENT'
  /** 营销客户明细: a manager's customer details of a month (R-6.4, from attendance's register at the close) */
  | 'CUSTOMER_DETAILS'
  /** 学历证书复印件: diploma copy */
  | 'DIPLOMA_COPY'
  /** 担保书: guarantee letter */
  | 'GUARANTEE_LETTER'
  /** 担保人身份证复印件: the guarantor's ID card copy */
  | 'GUARANTOR_ID_COPY'
  /** 身份证复印件: ID card copy */
  | 'ID_CARD_COPY'
  /** 劳动合同: the signed labour contract (full-time) */
  | 'LABOUR_CONTRACT'
  /** 营销业绩: a manager's results of a month (R-6.4, once finance reviewed the CRM figures) */
  | 'MONTHLY_RESULTS'
  /** Any other material */
  | 'OTHER'
  /** 一寸照片: 1-inch photo */
  | 'PHOTO'
  /** 处罚: a punishment */
  | 'PUNISHMENT'
  /** 简历: resume */
  | 'RESUME'
  /** 奖励: a reward */
  | 'REWARD'
  /** 培训档案: a training result */
  | 'TRAINING_RESULT';

/** Where an employee stands: CANDIDATE, PROBATION, ACTIVE or DEPARTED */
export type EmployeeStatus =
  /** Employed */
  | 'ACTIVE'
  /** A candidate, not yet employed */
  | 'CANDIDATE'
  /** Left the company */
  | 'DEPARTED'
  /** On probation (试用) */
  | 'PROBATION';

/** AM: the morning half of the day; PM: the afternoon */
export type HalfDay =
  /** The morning half of the day */
  | 'AM'
  /** The afternoon half of the day */
  | 'PM';

/** PERSONAL (事假) or SICK (病假) */
export type LeaveKind =
  /** 事假 */
  | 'PERSONAL'
  /** 病假 */
  | 'SICK';

/** Where a leave request stands */
export type LeaveStatus =
  /** Approved by the team lead */
  | 'APPROVED'
  /** Cancelled before it started */
  | 'CANCELLED'
  /** Rejected by the team lead */
  | 'REJECTED'
  /** Requested, waiting for the team lead */
  | 'REQUESTED';

/** MORNING (晨会, branch, daily), WEEKLY (team work meeting), MONTHLY (team summary meeting) */
export type MeetingKind =
  /** team summary meeting */
  | 'MONTHLY'
  /** 晨会, daily, the whole branch */
  | 'MORNING'
  /** team work meeting */
  | 'WEEKLY';

/** Whether a meeting was held (with minutes) or is only scheduled */
export type MeetingStatus =
  /** Held, with minutes and attendance recorded */
  | 'HELD'
  /** Planned, minutes not recorded yet */
  | 'SCHEDULED';

/** REVIEWED: finance reviewed the current revision; STALE: re-imported since the review */
export type MetricsReviewState =
  /** Finance has not reviewed (复核) the import */
  | 'NOT_REVIEWED'
  /** Finance reviewed the current revision */
  | 'REVIEWED'
  /** Re-imported since the review: review again */
  | 'STALE';

/** REGULAR: the branch's month; ADJUSTMENT: a correction of a signed month (更正), its lines the differences from what was paid, signed and filed like the month */
export type PayrollKind =
  /** A correction of a signed month (adjustsRunId), signed off like a regular run */
  | 'ADJUSTMENT'
  /** The branch's month */
  | 'REGULAR';

/** A signer's decision on a payroll step: signed or rejected */
export type PayrollSignOffDecision =
  /** Rejected the run back to finance with a reason */
  | 'REJECTED'
  /** Signed the step */
  | 'SIGNED';

/** FINANCE: branch-finance (主办会计); DEPUTY: branch-deputy-manager (副经理/经理助理); MANAGER: branch-manager (经理) */
export type PayrollSignOffStep =
  /** branch-deputy-manager (副经理 / 经理助理), second */
  | 'DEPUTY'
  /** branch-finance: the chief accountant (主办会计), first */
  | 'FINANCE'
  /** branch-manager (营业部经理), last: then the run is the basis for paying */
  | 'MANAGER';

/** AWAITING_* a signature (主办会计 -> 副经理 -> 经理); SIGNED_OFF and FILED are final and immutable; REJECTED (with a reason) and SUPERSEDED (recomputed) runs stay as history */
export type PayrollStatus =
  /** Waiting for the deputy manager's signature (branch-deputy-manager) */
  | 'AWAITING_DEPUTY'
  /** Waiting for the chief accountant's signature (branch-finance) */
  | 'AWAITING_FINANCE'
  /** Waiting for the branch manager's signature (branch-manager) */
  | 'AWAITING_MANAGER'
  /** Signed off and filed with the brokerage business office; final */
  | 'FILED'
  /** Rejected by a signer with a reason; kept as history */
  | 'REJECTED'
  /** Signed by all three: the basis for paying; final */
  | 'SIGNED_OFF'
  /** Replaced by a recomputation; kept as history */
  | 'SUPERSEDED';

/** A whole team's attendance for one day */
export type RecordTeamDayInput = {
  /** The calendar day */
  date: string;
  /** One entry per member; members left out count as absent at the close unless on approved leave */
  entries: Array<TeamDayEntry>;
  /** The team it belongs to */
  teamId: string | number;
};

/** A leave request, made before the leave starts */
export type RequestLeaveInput = {
  /** The last day of leave (inclusive), not before startDate */
  endDate: string;
  /** A single half day (startDate = endDate); omit for whole days */
  halfDay?: HalfDay | null | undefined;
  /** Personal or sick leave */
  kind: LeaveKind;
  /** The reason given */
  reason: string;
  /** The first day of leave, not in the past */
  startDate: string;
};

/** What is checked: visit slips or work logs */
export type SpotCheckKind =
  /** Visit slips (营销人员出访单, R-2.3) */
  | 'VISIT_SLIP'
  /** Work logs (工作日志, R-2.8) */
  | 'WORK_LOG';

/** 岗位: CLIENT_MANAGER (客户经理, group leaders and team leads among them: the payroll and attendance of the marketing teams) or branch / head-office staff */
export type StaffPost =
  /** 交易管理岗: archives, slips, serial numbers */
  | 'ARCHIVE_CLERK'
  /** The person designated to keep the asset ledger */
  | 'ASSET_KEEPER'
  /** The person designated to record attendance */
  | 'ATTENDANCE_CLERK'
  /** 营业部经理 */
  | 'BRANCH_MANAGER'
  /** 客户经理: a member of a marketing team (group leaders and team leads included) */
  | 'CLIENT_MANAGER'
  /** 副经理 / 经理助理 */
  | 'DEPUTY_MANAGER'
  /** 营业部财务 (主办会计) */
  | 'FINANCE'
  /** Head-office department staff (经纪业务综合室, 渠道管理部, the VP in charge) */
  | 'HEAD_OFFICE'
  /** Recruitment staff */
  | 'RECRUITER'
  /** Training organiser */
  | 'TRAINER';

/** One member's entry in a team's day */
export type TeamDayEntry = {
  /** Check-in time, HH:MM */
  checkIn?: string | null | undefined;
  /** Check-out time, HH:MM */
  checkOut?: string | null | undefined;
  /** The employee it concerns */
  employeeId: string | number;
  /** Minutes left early (an EARLY day only) */
  minutesEarly?: number | null | undefined;
  /** Minutes late (a LATE day only) */
  minutesLate?: number | null | undefined;
  /** A free-text note */
  note?: string | null | undefined;
  /** Voluntary overtime, recorded apart, minutes */
  overtimeMinutes?: number | null | undefined;
  /** The day's status when not derived from the times (e.g. ABSENT, LEAVE, LEFT_POST) */
  status?: DayStatus | null | undefined;
};

/** Where an issue raised on a customer visit stands (谁走访谁督办) */
export type VisitIssueStatus =
  /** recorded, not yet passed on */
  | 'OPEN'
  /** passed to the department responsible, being chased */
  | 'PASSED'
  /** outcome told to the customer */
  | 'RESOLVED';

/** A day's work log entry (工作日志, R-1.5) */
export type WriteWorkLogInput = {
  /** Customers contacted that day, 0 or more */
  customersContacted: number;
  /** The calendar day */
  date: string;
  /** What was done */
  done: string;
  /** Next steps planned */
  nextSteps: string;
};

export type TeamAttendanceQueryVariables = Exact<{
  teamId: string | number;
  month: string;
}>;


export type TeamAttendanceQuery = { teamAttendance: Array<{ employeeId: string, name: string, summary: { daysRecorded: number, daysWorked: number, lateArrivals: number, earlyLeaves: number, absentDays: number, leaveDays: number, overtimeMinutes: number, closed: boolean } }> };

export type TeamDayGridQueryVariables = Exact<{
  teamId: string | number;
  month: string;
}>;


export type TeamDayGridQuery = { teamAttendance: Array<{ employeeId: string, name: string, summary: { days: Array<{ date: string, status: DayStatus, checkIn: string | null, checkOut: string | null, minutesLate: number, minutesEarly: number }> } }> };

export type AttendanceMonthQueryVariables = Exact<{
  branchId: string | number;
  month: string;
}>;


export type AttendanceMonthQuery = { attendanceMonth: { branchId: string, month: string, state: AttendanceMonthState, employees: number, closings: number, dutyEvents: number, history: Array<{ id: string, action: AttendanceMonthAction, by: string, at: string, reason: string | null, employees: number }>, figures: { totalCount: number, nodes: Array<{ employeeId: string, daysWorked: number, lateArrivals: number, earlyLeaves: number, absentDays: number, leaveDays: number, visits: number, overtimeMinutes: number }> } } };

export type CloseAttendanceMonthMutationVariables = Exact<{
  branchId: string | number;
  month: string;
}>;


export type CloseAttendanceMonthMutation = { closeAttendanceMonth: { branchId: string, month: string, state: AttendanceMonthState, employees: number, closings: number } };

export type ReopenAttendanceMonthMutationVariables = Exact<{
  branchId: string | number;
  month: string;
  reason: string;
}>;


export type ReopenAttendanceMonthMutation = { reopenAttendanceMonth: { branchId: string, month: string, state: AttendanceMonthState, employees: number } };

export type RecordTeamDayMutationVariables = Exact<{
  input: RecordTeamDayInput;
}>;


export type RecordTeamDayMutation = { recordTeamDay: { teamId: string, date: string, recorded: number } };

export type BranchEmployeesQueryVariables = Exact<{
  branchId: string | number;
}>;


export type BranchEmployeesQuery = { employees: { nodes: Array<{ id: string, name: string, post: StaffPost, status: EmployeeStatus, teamId: string | null }> } };

export type EmployeeArchiveQueryVariables = Exact<{
  employeeId: string | number;
}>;


export type EmployeeArchiveQuery = { archive: { employeeId: string, missingDocuments: Array<DocumentKind>, documents: Array<{ id: string, kind: DocumentKind, title: string, status: ArchiveEntryStatus, addedAt: string, genuine: boolean | null }> } };

export type SlipsQueryVariables = Exact<{
  branchId: string | number;
  month: string;
}>;


export type SlipsQuery = { confirmationSlips: { totalCount: number, nodes: Array<{ id: string, number: string, date: string, customerName: string, employeeId: string, recordedBy: string }> } };

export type AssetsQueryVariables = Exact<{
  branchId: string | number;
}>;


export type AssetsQuery = { assets: { totalCount: number, nodes: Array<{ id: string, tag: string, name: string, kind: AssetKind, status: AssetStatus, holderId: string | null, valueFen: number }> } };

export type BranchComparisonQueryVariables = Exact<{
  period: string;
  branchId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
}>;


export type BranchComparisonQuery = { branchComparison: { period: string, previousPeriod: string, level: ComparisonLevel, rows: Array<{ key: string, name: string, rank: number, newAccounts: number, newAssetsFen: number, netRevenueFen: number, payrollCostFen: number, costPerAccountFen: number | null, netRevenueChangePct: number | null, newAccountsChangePct: number | null, previous: { newAccounts: number, newAssetsFen: number, netRevenueFen: number, payrollCostFen: number } }> } };

export type MyDayQueryVariables = Exact<{
  employeeId: string | number;
  month: string;
}>;


export type MyDayQuery = { visitSlips: { totalCount: number, nodes: Array<{ id: string, date: string, destination: string, personVisited: string, purpose: string, timeOut: string, timeBack: string }> }, workLogs: Array<{ id: string, date: string, done: string, customersContacted: number, nextSteps: string }>, customerVisits: Array<{ id: string, date: string, customerName: string, tier: CustomerTier, discussed: string, issues: Array<{ id: string, description: string, status: VisitIssueStatus, dueOn: string, overdue: boolean }> }>, leaveRequests: { nodes: Array<{ id: string, kind: LeaveKind, startDate: string, endDate: string, days: number, status: LeaveStatus, reason: string }> } };

export type MyPayslipQueryVariables = Exact<{
  employeeId: string | number;
  month: string;
}>;


export type MyPayslipQuery = { payslip: { id: string, month: string, level: string, baseFen: number, commissionFen: number, grossFen: number, deductionsFen: number, netFen: number } | null };

export type WriteWorkLogMutationVariables = Exact<{
  input: WriteWorkLogInput;
}>;


export type WriteWorkLogMutation = { writeWorkLog: { id: string, date: string, done: string } };

export type RequestLeaveMutationVariables = Exact<{
  input: RequestLeaveInput;
}>;


export type RequestLeaveMutation = { requestLeave: { id: string, status: LeaveStatus } };

export type MetricsImportQueryVariables = Exact<{
  branchId: string | number;
  month: string;
}>;


export type MetricsImportQuery = { metricsImport: { id: string, month: string, revision: number, lineCount: number, customersDeveloped: number, newAccounts: number, newAssetsFen: number, customerAssetsFen: number, netRevenueFen: number, importedBy: string, importedAt: string, reviewState: MetricsReviewState, reviewedRevision: number | null, reviewedBy: string | null, reviewedAt: string | null, reviewComment: string | null } | null };

export type ImportMetricsMutationVariables = Exact<{
  branchId: string | number;
  month: string;
  csv: string;
}>;


export type ImportMetricsMutation = { importMetrics: { id: string, month: string, revision: number, lineCount: number, reviewState: MetricsReviewState } };

export type ReviewMetricsImportMutationVariables = Exact<{
  branchId: string | number;
  month: string;
  comment: string;
}>;


export type ReviewMetricsImportMutation = { reviewMetricsImport: { id: string, revision: number, reviewState: MetricsReviewState, reviewedRevision: number | null, reviewedBy: string | null } };

export type RunSummaryFragment = { id: string, branchId: string, month: string, revision: number, status: PayrollStatus, kind: PayrollKind, lineCount: number, totalGrossFen: number, totalDeductionsFen: number, totalNetFen: number, computedBy: string, computedAt: string, filedOn: string | null, signatures: Array<{ id: string, step: PayrollSignOffStep, decision: PayrollSignOffDecision, signedBy: string, signerName: string | null, at: string, comment: string }> };

export type PayrollRunsQueryVariables = Exact<{
  branchId: string | number;
  month?: string | null | undefined;
}>;


export type PayrollRunsQuery = { payrollRuns: { nodes: Array<{ id: string, branchId: string, month: string, revision: number, status: PayrollStatus, kind: PayrollKind, lineCount: number, totalGrossFen: number, totalDeductionsFen: number, totalNetFen: number, computedBy: string, computedAt: string, filedOn: string | null, signatures: Array<{ id: string, step: PayrollSignOffStep, decision: PayrollSignOffDecision, signedBy: string, signerName: string | null, at: string, comment: string }> }> } };

export type PayrollRunLinesQueryVariables = Exact<{
  id: string | number;
}>;


export type PayrollRunLinesQuery = { payrollRun: { id: string, branchId: string, month: string, revision: number, status: PayrollStatus, kind: PayrollKind, lineCount: number, totalGrossFen: number, totalDeductionsFen: number, totalNetFen: number, computedBy: string, computedAt: string, filedOn: string | null, lines: { totalCount: number, nodes: Array<{ id: string, employeeId: string, employeeName: string, level: string, newAccounts: number, netRevenueFen: number, absentDays: number, lateArrivals: number, earlyLeaves: number, baseFen: number, commissionFen: number, grossFen: number, deductionsFen: number, netFen: number }> }, signatures: Array<{ id: string, step: PayrollSignOffStep, decision: PayrollSignOffDecision, signedBy: string, signerName: string | null, at: string, comment: string }> } };

export type ComputePayrollMutationVariables = Exact<{
  branchId: string | number;
  month: string;
}>;


export type ComputePayrollMutation = { computePayroll: { id: string, branchId: string, month: string, revision: number, status: PayrollStatus, kind: PayrollKind, lineCount: number, totalGrossFen: number, totalDeductionsFen: number, totalNetFen: number, computedBy: string, computedAt: string, filedOn: string | null, signatures: Array<{ id: string, step: PayrollSignOffStep, decision: PayrollSignOffDecision, signedBy: string, signerName: string | null, at: string, comment: string }> } };

export type SignPayrollMutationVariables = Exact<{
  payrollId: string | number;
  comment: string;
}>;


export type SignPayrollMutation = { signPayroll: { id: string, branchId: string, month: string, revision: number, status: PayrollStatus, kind: PayrollKind, lineCount: number, totalGrossFen: number, totalDeductionsFen: number, totalNetFen: number, computedBy: string, computedAt: string, filedOn: string | null, signatures: Array<{ id: string, step: PayrollSignOffStep, decision: PayrollSignOffDecision, signedBy: string, signerName: string | null, at: string, comment: string }> } };

export type RejectPayrollMutationVariables = Exact<{
  payrollId: string | number;
  reason: string;
}>;


export type RejectPayrollMutation = { rejectPayroll: { id: string, branchId: string, month: string, revision: number, status: PayrollStatus, kind: PayrollKind, lineCount: number, totalGrossFen: number, totalDeductionsFen: number, totalNetFen: number, computedBy: string, computedAt: string, filedOn: string | null, signatures: Array<{ id: string, step: PayrollSignOffStep, decision: PayrollSignOffDecision, signedBy: string, signerName: string | null, at: string, comment: string }> } };

export type FilePayrollMutationVariables = Exact<{
  payrollId: string | number;
}>;


export type FilePayrollMutation = { fileWithBrokerageOffice: { id: string, branchId: string, month: string, revision: number, status: PayrollStatus, kind: PayrollKind, lineCount: number, totalGrossFen: number, totalDeductionsFen: number, totalNetFen: number, computedBy: string, computedAt: string, filedOn: string | null, signatures: Array<{ id: string, step: PayrollSignOffStep, decision: PayrollSignOffDecision, signedBy: string, signerName: string | null, at: string, comment: string }> } };

export type PayReportQueryVariables = Exact<{
  payrollId: string | number;
}>;


export type PayReportQuery = { payReport: { filename: string, contentType: string, base64: string } };

export type PipelineQueryVariables = Exact<{
  branchId?: string | number | null | undefined;
}>;


export type PipelineQuery = { candidates: { totalCount: number, nodes: Array<{ id: string, name: string, stage: CandidateStage, channel: CandidateChannel, appliedOn: string, teamId: string | null, documents: Array<{ id: string, kind: CandidateDocumentKind, genuine: boolean | null, verifiedBy: string | null }> }> } };

export type MoveCandidateMutationVariables = Exact<{
  candidateId: string | number;
  to: CandidateStage;
}>;


export type MoveCandidateMutation = { moveCandidate: { id: string, stage: CandidateStage } };

export type VerifyCandidateDocumentMutationVariables = Exact<{
  documentId: string | number;
  genuine: boolean;
}>;


export type VerifyCandidateDocumentMutation = { verifyCandidateDocument: { id: string, genuine: boolean | null, verifiedBy: string | null } };

export type HireCandidateMutationVariables = Exact<{
  candidateId: string | number;
  hiredOn: string;
}>;


export type HireCandidateMutation = { hireCandidate: { id: string, stage: CandidateStage, employeeId: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, post: StaffPost, branchId: string, teamId: string | null, branch: { id: string, name: string }, team: { id: string, name: string } | null } | null };

export type BranchesQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchesQuery = { branches: Array<{ id: string, name: string, city: string, teams: Array<{ id: string, name: string }> }> };

export type BranchTeamsQueryVariables = Exact<{
  branchId: string | number;
}>;


export type BranchTeamsQuery = { branch: { id: string, name: string, teams: Array<{ id: string, name: string, headCount: number }> } };

export type TeamWorkQueryVariables = Exact<{
  teamId: string | number;
  month: string;
}>;


export type TeamWorkQuery = { leaveRequests: { nodes: Array<{ id: string, employeeId: string, kind: LeaveKind, startDate: string, endDate: string, days: number, reason: string, status: LeaveStatus }> }, spotCheckDraws: Array<{ id: string, kind: SpotCheckKind, periodStart: string, periodEnd: string, ratePercent: number, selected: Array<string>, drawnBy: string, drawnAt: string }>, meetings: Array<{ id: string, kind: MeetingKind, date: string, topic: string, status: MeetingStatus, minutes: string | null, absentIds: Array<string> }> };

export type TeamProgressQueryVariables = Exact<{
  teamId: string | number;
  period: string;
}>;


export type TeamProgressQuery = { planProgress: { period: string, team: { behind: boolean, target: { newAccounts: number | null, netRevenueFen: number | null }, actual: { newAccounts: number, netRevenueFen: number } } | null, people: Array<{ employeeId: string, name: string, behind: boolean, target: { newAccounts: number | null, netRevenueFen: number | null }, actual: { newAccounts: number, netRevenueFen: number } }> } };

export type DecideLeaveMutationVariables = Exact<{
  leaveId: string | number;
  approve: boolean;
  reason?: string | null | undefined;
}>;


export type DecideLeaveMutation = { decideLeave: { id: string, status: LeaveStatus } };

export const RunSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayrollRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalGrossFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"computedBy"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<RunSummaryFragment, unknown>;
export const TeamAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"daysWorked"}},{"kind":"Field","name":{"kind":"Name","value":"lateArrivals"}},{"kind":"Field","name":{"kind":"Name","value":"earlyLeaves"}},{"kind":"Field","name":{"kind":"Name","value":"absentDays"}},{"kind":"Field","name":{"kind":"Name","value":"leaveDays"}},{"kind":"Field","name":{"kind":"Name","value":"overtimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}}]}}]} as unknown as DocumentNode<TeamAttendanceQuery, TeamAttendanceQueryVariables>;
export const TeamDayGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamDayGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLate"}},{"kind":"Field","name":{"kind":"Name","value":"minutesEarly"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamDayGridQuery, TeamDayGridQueryVariables>;
export const AttendanceMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"closings"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEvents"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"daysWorked"}},{"kind":"Field","name":{"kind":"Name","value":"lateArrivals"}},{"kind":"Field","name":{"kind":"Name","value":"earlyLeaves"}},{"kind":"Field","name":{"kind":"Name","value":"absentDays"}},{"kind":"Field","name":{"kind":"Name","value":"leaveDays"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"overtimeMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceMonthQuery, AttendanceMonthQueryVariables>;
export const CloseAttendanceMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAttendanceMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAttendanceMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"closings"}}]}}]}}]} as unknown as DocumentNode<CloseAttendanceMonthMutation, CloseAttendanceMonthMutationVariables>;
export const ReopenAttendanceMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAttendanceMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenAttendanceMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}}]}}]}}]} as unknown as DocumentNode<ReopenAttendanceMonthMutation, ReopenAttendanceMonthMutationVariables>;
export const RecordTeamDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTeamDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTeamDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTeamDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]} as unknown as DocumentNode<RecordTeamDayMutation, RecordTeamDayMutationVariables>;
export const BranchEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}}]}}]}}]} as unknown as DocumentNode<BranchEmployeesQuery, BranchEmployeesQueryVariables>;
export const EmployeeArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"genuine"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeArchiveQuery, EmployeeArchiveQueryVariables>;
export const SlipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Slips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmationSlips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<SlipsQuery, SlipsQueryVariables>;
export const AssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderId"}},{"kind":"Field","name":{"kind":"Name","value":"valueFen"}}]}}]}}]}}]} as unknown as DocumentNode<AssetsQuery, AssetsQueryVariables>;
export const BranchComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"newAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"newAssetsFen"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueFen"}},{"kind":"Field","name":{"kind":"Name","value":"payrollCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"costPerAccountFen"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueChangePct"}},{"kind":"Field","name":{"kind":"Name","value":"newAccountsChangePct"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"newAssetsFen"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueFen"}},{"kind":"Field","name":{"kind":"Name","value":"payrollCostFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BranchComparisonQuery, BranchComparisonQueryVariables>;
export const MyDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitSlips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"personVisited"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"timeOut"}},{"kind":"Field","name":{"kind":"Name","value":"timeBack"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"customersContacted"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"discussed"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<MyDayQuery, MyDayQueryVariables>;
export const MyPayslipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPayslip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payslip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"commissionFen"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"deductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"netFen"}}]}}]}}]} as unknown as DocumentNode<MyPayslipQuery, MyPayslipQueryVariables>;
export const WriteWorkLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteWorkLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteWorkLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeWorkLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<WriteWorkLogMutation, WriteWorkLogMutationVariables>;
export const RequestLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestLeaveMutation, RequestLeaveMutationVariables>;
export const MetricsImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricsImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"customersDeveloped"}},{"kind":"Field","name":{"kind":"Name","value":"newAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"newAssetsFen"}},{"kind":"Field","name":{"kind":"Name","value":"customerAssetsFen"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueFen"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}}]} as unknown as DocumentNode<MetricsImportQuery, MetricsImportQueryVariables>;
export const ImportMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]}}]} as unknown as DocumentNode<ImportMetricsMutation, ImportMetricsMutationVariables>;
export const ReviewMetricsImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewMetricsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewMetricsImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}}]}}]}}]} as unknown as DocumentNode<ReviewMetricsImportMutation, ReviewMetricsImportMutationVariables>;
export const PayrollRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayrollRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payrollRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayrollRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalGrossFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"computedBy"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<PayrollRunsQuery, PayrollRunsQueryVariables>;
export const PayrollRunLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayrollRunLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payrollRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunSummary"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"newAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueFen"}},{"kind":"Field","name":{"kind":"Name","value":"absentDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateArrivals"}},{"kind":"Field","name":{"kind":"Name","value":"earlyLeaves"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"commissionFen"}},{"kind":"Field","name":{"kind":"Name","value":"grossFen"}},{"kind":"Field","name":{"kind":"Name","value":"deductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"netFen"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayrollRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalGrossFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"computedBy"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<PayrollRunLinesQuery, PayrollRunLinesQueryVariables>;
export const ComputePayrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputePayroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computePayroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayrollRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalGrossFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"computedBy"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<ComputePayrollMutation, ComputePayrollMutationVariables>;
export const SignPayrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignPayroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payrollId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signPayroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payrollId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payrollId"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayrollRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalGrossFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"computedBy"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<SignPayrollMutation, SignPayrollMutationVariables>;
export const RejectPayrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectPayroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payrollId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPayroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payrollId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payrollId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayrollRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalGrossFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"computedBy"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<RejectPayrollMutation, RejectPayrollMutationVariables>;
export const FilePayrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilePayroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payrollId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileWithBrokerageOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payrollId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payrollId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayrollRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalGrossFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalDeductionsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalNetFen"}},{"kind":"Field","name":{"kind":"Name","value":"computedBy"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<FilePayrollMutation, FilePayrollMutationVariables>;
export const PayReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payrollId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payrollId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payrollId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<PayReportQuery, PayReportQueryVariables>;
export const PipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"genuine"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineQuery, PipelineQueryVariables>;
export const MoveCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateStage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<MoveCandidateMutation, MoveCandidateMutationVariables>;
export const VerifyCandidateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyCandidateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"genuine"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCandidateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"genuine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"genuine"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"ORIGINAL_SIGHTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genuine"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}}]}}]}}]} as unknown as DocumentNode<VerifyCandidateDocumentMutation, VerifyCandidateDocumentMutationVariables>;
export const HireCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HireCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hiredOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hireCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hiredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hiredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}}]}}]}}]} as unknown as DocumentNode<HireCandidateMutation, HireCandidateMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const BranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BranchesQuery, BranchesQueryVariables>;
export const BranchTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]}}]} as unknown as DocumentNode<BranchTeamsQuery, BranchTeamsQueryVariables>;
export const TeamWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckDraws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"drawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"absentIds"}}]}}]}}]} as unknown as DocumentNode<TeamWorkQuery, TeamWorkQueryVariables>;
export const TeamProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamProgressQuery, TeamProgressQueryVariables>;
export const DecideLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaveId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideLeaveMutation, DecideLeaveMutationVariables>;