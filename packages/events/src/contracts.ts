/**
 * Event contracts: one entry per event of DOMAIN.md's table, with the topic it travels on.
 * Payloads carry ids and facts, never archive material (ID numbers, documents stay in personnel),
 * with one exception: `CandidateHired` carries what recruitment verified (the ID number, the
 * documents with their certificate checks) to the archive's owner, personnel, its only consumer.
 * Money is integer fen; work dates are local dates (YYYY-MM-DD, Asia/Shanghai); months YYYY-MM.
 */

export type EmploymentType = 'FULL_TIME' | 'PART_TIME';
export type EmployeeStatus = 'CANDIDATE' | 'PROBATION' | 'ACTIVE' | 'DEPARTED';
/**
 * 岗位: what an employee does. Client managers (客户经理, their group leaders and team leads among
 * them) are the marketing team: paid by the compensation standard, expected at attendance and
 * meetings. Branch staff (经理, 副经理, 财务, 文员, 招聘, 培训) and head-office staff are employees
 * of the organisation too, but outside the client managers' payroll and attendance.
 */
export const STAFF_POSTS = [
  'CLIENT_MANAGER',
  'BRANCH_MANAGER',
  'DEPUTY_MANAGER',
  'FINANCE',
  'ATTENDANCE_CLERK',
  'ARCHIVE_CLERK',
  'ASSET_KEEPER',
  'RECRUITER',
  'TRAINER',
  'HEAD_OFFICE',
] as const;
export type StaffPost = (typeof STAFF_POSTS)[number];
/** The posts as an enum-like object (`StaffPost.CLIENT_MANAGER`), for GraphQL enums and entities. */
export const StaffPost = Object.freeze(Object.fromEntries(STAFF_POSTS.map((p) => [p, p]))) as { readonly [P in StaffPost]: P };

/**
 * R-6.3 documents a hire brings (recruitment collects and verifies them, personnel archives them):
 * the one list both services' document kinds take their values from.
 */
export const HIRING_DOCUMENT_KINDS = [
  'PHOTO', // 一寸照片
  'RESUME', // 简历
  'ID_CARD_COPY', // 身份证复印件
  'DIPLOMA_COPY', // 学历证书复印件
  'GUARANTEE_LETTER', // 担保书
  'GUARANTOR_ID_COPY', // 担保人身份证复印件
] as const;
export type HiringDocumentKind = (typeof HIRING_DOCUMENT_KINDS)[number];
/** The kinds as an enum-like object (`HiringDocumentKind.PHOTO`), for type-graphql and MikroORM enums. */
export const HiringDocumentKind = Object.freeze(Object.fromEntries(HIRING_DOCUMENT_KINDS.map((k) => [k, k]))) as { readonly [K in HiringDocumentKind]: K };

/** How a certificate was checked. */
export const CERTIFICATE_CHECK_METHODS = [
  'ORIGINAL_SIGHTED', // 原件核对
  'ISSUER_CONFIRMED', // 向发证机关/学校核实
  'ONLINE_REGISTRY', // 学信网 / 身份核查系统
  'OTHER',
] as const;
export type CertificateCheckMethod = (typeof CERTIFICATE_CHECK_METHODS)[number];

/** a full-time hire signs a labour contract (劳动合同), a part-timer a cooperation agreement (营销合作协议). */
export type EmploymentContractKind = 'LABOUR_CONTRACT' | 'COOPERATION_AGREEMENT';
export const contractKindFor = (t: EmploymentType): EmploymentContractKind => (t === 'FULL_TIME' ? 'LABOUR_CONTRACT' : 'COOPERATION_AGREEMENT');

export interface EmployeePlacement {
  employeeId: string;
  branchId: string;
  teamId: string | null;
  groupId: string | null;
  outletId: string | null;
}

/** what goes through the approval route (performance's ApprovalKind). */
export const APPROVAL_KINDS = ['WORK_PLAN', 'COMPENSATION_STANDARD', 'LEVEL_RULES', 'ASSESSMENT_RULES', 'STAFFING'] as const;
export type ApprovalKindName = (typeof APPROVAL_KINDS)[number];
export type ApprovalStageName = 'SUBMITTED' | 'OFFICE_REVIEW' | 'CHANNEL_REVIEW' | 'COSIGN' | 'OFFICE_ROUTING' | 'EXECUTIVE_APPROVAL' | 'OFFICE_CLOSE';
/** Which approval, of what subject, for which branch (null: company-wide). */
export interface ApprovalRef {
  requestId: string;
  kind: ApprovalKindName;
  subjectId: string;
  branchId: string | null;
}

export interface EventContracts {
  // personnel.employee
  EmployeeHired: EmployeePlacement & {
    name: string;
    level: string;
    employmentType: EmploymentType;
    status: EmployeeStatus;
    /** The first day of employment. */
    hiredOn: string;
    candidateId?: string | null;
    /** Absent in events from before posts were kept: a client manager. */
    post?: StaffPost;
  };
  /** The new placement applies from effectiveOn (inclusive). */
  EmployeeTransferred: EmployeePlacement & { from: Omit<EmployeePlacement, 'employeeId'>; effectiveOn: string };
  LevelChanged: { employeeId: string; branchId: string; from: string; to: string; effectiveOn: string; reason: string };
  ContractSigned: {
    employeeId: string;
    branchId: string;
    contractId: string;
    kind: 'LABOUR_CONTRACT' | 'COOPERATION_AGREEMENT';
    startsOn: string;
    endsOn: string;
  };
  /** departedOn: the last day of employment (paid up to and including it). */
  EmployeeDeparted: { employeeId: string; branchId: string; departedOn: string; reason: string };
  // personnel.asset
  AssetLossCharged: {
    chargeId: string;
    employeeId: string;
    branchId: string;
    assetId: string;
    amountFen: number;
    kind: 'DAMAGE' | 'LOSS' | 'THEFT';
    chargedOn: string;
  };
  // attendance.month
  AttendanceMonthClosed: {
    employeeId: string;
    branchId: string;
    month: string;
    daysWorked: number;
    late: number;
    early: number;
    absent: number;
    /** Days of approved leave; a half day counts 0.5. */
    leaveDays: number;
    visits: number;
  };
  /**
   * R-6.4 (营销客户明细): a client manager's customers as the register holds them at the branch's month
   * close (tier, assets), and how many were registered in the month; personnel archives them monthly.
   */
  CustomerDetailsClosed: {
    employeeId: string;
    branchId: string;
    month: string;
    /** Customers registered for the manager in the month (开发客户). */
    developed: number;
    totalAssetsFen: number;
    /** The customers responsible to the manager at the close (the first 1,000 by name), with their tier and assets. */
    customers: Array<{ customerId: string; name: string; tier: 'VIP' | 'KEY' | 'ORDINARY'; assetsFen: number; assetsAsOf: string }>;
    /** All of them, when more than the list carries. */
    customerCount: number;
  };
  // attendance.duty
  SpotCheckRecorded: {
    checkId: string;
    employeeId: string;
    branchId: string;
    kind: 'VISIT_SLIP' | 'WORK_LOG';
    result: 'CONFIRMED' | 'DISCREPANCY';
    checkedOn: string;
  };
  /**
   * A meeting not held (`employeeIds` empty: the gap is the meeting's) or the absentees of a held one.
   * `responsibleIds`: for a team meeting not held, the team's lead in force on its due day, who bears
   * the gap (R-2.6; absent in events from before it was carried: nobody).
   */
  MeetingMissed: {
    meetingKind: 'MORNING' | 'WEEKLY' | 'MONTHLY';
    branchId: string;
    teamId: string | null;
    date: string;
    employeeIds: string[];
    responsibleIds?: string[];
  };
  /** client managers of the team, expected and without approved leave, absent from a team's marketing activity (营销活动). */
  MarketingActivityMissed: { activityId: string; branchId: string; teamId: string; date: string; title: string; employeeIds: string[] };
  FollowUpOverdue: { issueId: string; employeeId: string; branchId: string; dueOn: string };
  // performance.payroll
  /** adjustsPayrollId: set when the run is a correction (更正) of that signed run. */
  PayrollSignedOff: { payrollId: string; branchId: string; month: string; totalNetFen: number; signedBy: string[]; adjustsPayrollId?: string | null };
  PayrollFiled: { payrollId: string; branchId: string; month: string; filedOn: string; adjustsPayrollId?: string | null };
  // performance.assessment
  AssessmentCompleted: { assessmentId: string; employeeId: string; branchId: string; cycle: 'MONTHLY' | 'QUARTERLY' | 'ANNUAL'; period: string; score: number };
  LevelChangeApproved: { employeeId: string; branchId: string; from: string; to: string; approvedBy: string; effectiveOn: string };
  /**
   * R-6.4 (营销业绩): a client manager's monthly results from the CRM import once the branch's finance
   * reviewed them (复核); a review of a re-import sends them again. Personnel archives them monthly.
   */
  MonthlyResultsReviewed: {
    employeeId: string;
    branchId: string;
    month: string;
    customersDeveloped: number;
    newAccounts: number;
    newAssetsFen: number;
    customerAssetsFen: number;
    netRevenueFen: number;
    reviewedBy: string;
  };
  // performance.approval: the route's progress, key = the approval request id
  /** A version of a subject was put on the route (the submitting step). */
  ApprovalSubmitted: ApprovalRef & { subjectVersion: number; title: string; submittedBy: string; submittedAt: string; stage: ApprovalStageName };
  /** A step after the submission: a decision at a stage or a co-sign opinion (department set); `nextStage` null once the route ended. */
  ApprovalStepDecided: ApprovalRef & {
    seq: number;
    stage: ApprovalStageName;
    department: string | null;
    decision: 'APPROVED' | 'REJECTED';
    actedBy: string;
    actedAt: string;
    comment: string;
    nextStage: ApprovalStageName | null;
  };
  /** The route ended: APPROVED (流程结束, `approvedBy` the VP) or REJECTED (`reason`, back to the submitter). */
  ApprovalClosed: ApprovalRef & {
    subjectVersion: number;
    status: 'APPROVED' | 'REJECTED';
    approvedBy: string | null;
    reason: string | null;
    closedBy: string;
    closedAt: string;
  };
  // performance.report
  /** a team's business analysis report was submitted (its figures frozen); personnel files it in the archive. */
  AnalysisReportSubmitted: {
    reportId: string;
    branchId: string;
    teamId: string;
    kind: 'MONTHLY' | 'HALF_YEAR' | 'ANNUAL';
    period: string;
    submittedBy: string;
    submittedOn: string;
  };
  // attendance.customer (the customer register, R-2.9): key = the customer id
  /** A customer was registered with its responsible client manager (客户经理负责制). */
  CustomerRegistered: {
    customerId: string;
    branchId: string;
    name: string;
    kind: 'INDIVIDUAL' | 'INSTITUTION';
    tier: 'VIP' | 'KEY' | 'ORDINARY';
    responsibleEmployeeId: string;
    registeredOn: string;
  };
  /** A customer's responsible client manager changed (客户交接), from effectiveOn. */
  CustomerHandedOver: { customerId: string; branchId: string; fromEmployeeId: string; toEmployeeId: string; effectiveOn: string };
  // performance.campaign (R-7 product issue campaigns): key = the campaign id
  /** A subscription (认购) was recorded during the issue; direct ones name the customer's branch and responsible client manager. */
  SubscriptionRecorded: {
    campaignId: string;
    subscriptionId: string;
    channel: 'DIRECT' | 'AGENCY';
    customerId: string | null;
    agencyId: string | null;
    region: 'NORTH' | 'EAST' | 'SOUTH' | 'WEST';
    branchId: string | null;
    managerId: string | null;
    amountFen: number;
    subscribedOn: string;
    first: boolean;
  };
  /** A door-to-door service request (上门服务) was opened for a first subscription over 5,000,000 yuan. */
  ServiceRequestOpened: {
    campaignId: string;
    requestId: string;
    subscriptionId: string;
    customerId: string;
    branchId: string;
    managerId: string | null;
    amountFen: number;
    openedBy: string;
    openedAt: string;
  };
  /** The issue ended: the campaign's totals, per region and per responsible client manager (direct sales), for performance figures. */
  CampaignClosed: {
    campaignId: string;
    code: string;
    targetFen: number;
    totalFen: number;
    subscriptions: number;
    closedBy: string;
    closedOn: string;
    regions: Array<{ region: 'NORTH' | 'EAST' | 'SOUTH' | 'WEST'; salesFen: number; targetFen: number | null }>;
    managers: Array<{ employeeId: string; branchId: string; salesFen: number; subscriptions: number }>;
  };
  // recruitment.requisition
  /**
   * staffing (人员编制): a branch's requisition asks to hire; performance puts it on the approval
   * route (kind STAFFING, subject = the requisition) and its `ApprovalClosed` opens or rejects it.
   */
  StaffingRequested: {
    requisitionId: string;
    branchId: string;
    teamId: string | null;
    title: string;
    posts: number;
    employmentType: EmploymentType;
    requestedBy: string;
    requestedByEmployeeId: string | null;
    /** The role the requester acted in (recruiter or branch-manager). */
    requestedByRole: string;
    requestedAt: string;
  };
  // recruitment.candidate
  /**
   * A hire with everything recruitment verified, for personnel to make the employee and the
   * archive. The placement (teamId, groupId, outletId) is as the recruiter gave it; personnel, the
   * owner of the organisation, checks it on consumption. Events recorded before idNumber,
   * groupId, outletId, contractKind, method and note existed lack them: consumers read a missing
   * one as null (contractKind: derived from the employment type).
   */
  CandidateHired: {
    candidateId: string;
    branchId: string;
    teamId: string | null;
    groupId: string | null;
    outletId: string | null;
    name: string;
    /** 身份证号, as checked against the verified ID card copy. */
    idNumber: string | null;
    employmentType: EmploymentType;
    /** The contract the hire signs (from the employment type). */
    contractKind: EmploymentContractKind;
    hiredOn: string;
    documents: Array<{
      kind: HiringDocumentKind;
      fileRef: string;
      verifiedBy: string;
      verifiedAt: string;
      genuine: boolean;
      method: CertificateCheckMethod | null;
      note: string | null;
    }>;
  };
  // personnel.organisation: the organisation's units as personnel registers them (each event carries the unit whole)
  BranchRegistered: { branchId: string; name: string; city: string };
  TeamRegistered: { teamId: string; branchId: string; name: string };
  GroupRegistered: { groupId: string; teamId: string; branchId: string; name: string };
  /** An outlet and its working hours (HH:MM, local), in force from effectiveOn (inclusive). */
  OutletRegistered: { outletId: string; branchId: string; name: string; opensAt: string; closesAt: string; effectiveOn: string };
  OutletHoursChanged: { outletId: string; branchId: string; opensAt: string; closesAt: string; effectiveOn: string };
  /** 团队负责人: the team's lead from effectiveOn (inclusive) until the next appointment (R-2.6: the lead bears the team's meeting gaps). */
  TeamLeadAppointed: { teamId: string; branchId: string; employeeId: string; effectiveOn: string };
  /** 分工 (第五条): a team member's duty role, DEVELOPMENT (开发客户) or SERVICE (服务客户), from effectiveOn (inclusive) until their next assignment. */
  DutyRoleAssigned: { teamId: string; branchId: string; employeeId: string; role: 'DEVELOPMENT' | 'SERVICE'; effectiveOn: string };
  /**
   * 区域: a region of a team with its regional manager (区域经理), as personnel has it now (each event
   * carries the region whole: created, renamed, manager changed, or closed with closedOn).
   */
  RegionChanged: { regionId: string; teamId: string; branchId: string; name: string; managerId: string; closedOn: string | null };
  /** A client manager in a region from effectiveOn (inclusive) until their next assignment; regionId null: in no region from then. */
  RegionMemberAssigned: { employeeId: string; regionId: string | null; teamId: string; branchId: string; effectiveOn: string };
  // recruitment.training
  TrainingResultRecorded: {
    resultId: string;
    employeeId: string;
    branchId: string;
    programme: string;
    category: string;
    sessionDate: string;
    passed: boolean;
    score: number | null;
  };
}

export type EventType = keyof EventContracts;
export type EventData<T extends EventType> = EventContracts[T];

export const TOPICS = {
  'personnel.employee': ['EmployeeHired', 'EmployeeTransferred', 'LevelChanged', 'ContractSigned', 'EmployeeDeparted'],
  'personnel.asset': ['AssetLossCharged'],
  'personnel.organisation': [
    'BranchRegistered',
    'TeamRegistered',
    'GroupRegistered',
    'OutletRegistered',
    'OutletHoursChanged',
    'TeamLeadAppointed',
    'DutyRoleAssigned',
    'RegionChanged',
    'RegionMemberAssigned',
  ],
  'attendance.month': ['AttendanceMonthClosed', 'CustomerDetailsClosed'],
  'attendance.duty': ['SpotCheckRecorded', 'MeetingMissed', 'FollowUpOverdue', 'MarketingActivityMissed'],
  'performance.payroll': ['PayrollSignedOff', 'PayrollFiled'],
  'performance.assessment': ['AssessmentCompleted', 'LevelChangeApproved', 'MonthlyResultsReviewed'],
  'performance.approval': ['ApprovalSubmitted', 'ApprovalStepDecided', 'ApprovalClosed'],
  'performance.report': ['AnalysisReportSubmitted'],
  'attendance.customer': ['CustomerRegistered', 'CustomerHandedOver'],
  'performance.campaign': ['SubscriptionRecorded', 'ServiceRequestOpened', 'CampaignClosed'],
  'recruitment.requisition': ['StaffingRequested'],
  'recruitment.candidate': ['CandidateHired'],
  'recruitment.training': ['TrainingResultRecorded'],
} as const satisfies Record<string, readonly EventType[]>;

export type Topic = keyof typeof TOPICS;

export const topicOf: Record<EventType, Topic> = Object.fromEntries(
  Object.entries(TOPICS).flatMap(([topic, events]) => events.map((e) => [e, topic])),
) as Record<EventType, Topic>;

/** Dead-letter topic of a topic: where a message goes after it failed too often. */
export const deadLetterTopic = (topic: string): string => `${topic}.dlt`;

// Compile-time check: every contract travels on some topic.
type Unrouted = Exclude<EventType, (typeof TOPICS)[Topic][number]>;
const everyEventHasATopic: [Unrouted] extends [never] ? true : Unrouted = true;
void everyEventHasATopic;
