/**
 * the approval route (审批流程) as small pure functions: which stage comes next, who may act
 * at a stage, what a decision does. Persistence is in approval.service.ts.
 *
 *   the branch submits (branch-manager; company-wide subjects: channel-management for head office)
 *   -> OFFICE_REVIEW      经纪业务综合室 (brokerage-office) receives it and passes it on
 *   -> CHANNEL_REVIEW     渠道管理部 (channel-management) reviews it and names the co-signing departments
 *   -> COSIGN             会签: each named department gives its opinion, in parallel (recorded by brokerage-office)
 *   -> OFFICE_ROUTING     brokerage-office routes the rest (to the VP)
 *   -> EXECUTIVE_APPROVAL 主管副总裁 (executive) approves
 *   -> OFFICE_CLOSE       brokerage-office sends the co-sign opinions back: 流程结束, the subject is APPROVED
 *
 * A rejection at any stage ends the route: the subject goes back to the submitter, REJECTED, with the reason.
 */
import { hasRole, type Principal, type Role } from '@bg/auth';

export enum ApprovalKind {
  WORK_PLAN = 'WORK_PLAN',
  COMPENSATION_STANDARD = 'COMPENSATION_STANDARD',
  LEVEL_RULES = 'LEVEL_RULES',
  ASSESSMENT_RULES = 'ASSESSMENT_RULES',
  /** 人员编制: a branch's requisition to hire (recruitment's subject, arriving by StaffingRequested). */
  STAFFING = 'STAFFING',
}

export enum ApprovalStage {
  SUBMITTED = 'SUBMITTED',
  OFFICE_REVIEW = 'OFFICE_REVIEW',
  CHANNEL_REVIEW = 'CHANNEL_REVIEW',
  COSIGN = 'COSIGN',
  OFFICE_ROUTING = 'OFFICE_ROUTING',
  EXECUTIVE_APPROVAL = 'EXECUTIVE_APPROVAL',
  OFFICE_CLOSE = 'OFFICE_CLOSE',
}

export enum ApprovalStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/**
 * Co-signing departments (会签部门). The realm has no role per department, so the brokerage business
 * office records each department's opinion on its behalf, naming who gave it (services/performance/README.md).
 */
export enum CosignDepartment {
  HUMAN_RESOURCES = 'HUMAN_RESOURCES', // 人力资源部
  FINANCE = 'FINANCE', // 计划财务部
  COMPLIANCE = 'COMPLIANCE', // 合规法律部
  RISK_MANAGEMENT = 'RISK_MANAGEMENT', // 风险管理部
}

export const DEPARTMENT_LABEL: Record<CosignDepartment, string> = {
  [CosignDepartment.HUMAN_RESOURCES]: '人力资源部 (human resources)',
  [CosignDepartment.FINANCE]: '计划财务部 (finance)',
  [CosignDepartment.COMPLIANCE]: '合规法律部 (compliance)',
  [CosignDepartment.RISK_MANAGEMENT]: '风险管理部 (risk management)',
};

/** The role acting at each stage after submission. */
export const STAGE_ROLE: Record<Exclude<ApprovalStage, ApprovalStage.SUBMITTED>, Role> = {
  [ApprovalStage.OFFICE_REVIEW]: 'brokerage-office',
  [ApprovalStage.CHANNEL_REVIEW]: 'channel-management',
  [ApprovalStage.COSIGN]: 'brokerage-office',
  [ApprovalStage.OFFICE_ROUTING]: 'brokerage-office',
  [ApprovalStage.EXECUTIVE_APPROVAL]: 'executive',
  [ApprovalStage.OFFICE_CLOSE]: 'brokerage-office',
};

export const STAGE_LABEL: Record<ApprovalStage, string> = {
  [ApprovalStage.SUBMITTED]: 'the submitter',
  [ApprovalStage.OFFICE_REVIEW]: 'the brokerage business office (brokerage-office) to receive it',
  [ApprovalStage.CHANNEL_REVIEW]: 'the channel management department (channel-management)',
  [ApprovalStage.COSIGN]: 'the co-signing departments (their opinions are recorded by brokerage-office)',
  [ApprovalStage.OFFICE_ROUTING]: 'the brokerage business office (brokerage-office) to route it to the VP',
  [ApprovalStage.EXECUTIVE_APPROVAL]: 'the VP in charge (executive)',
  [ApprovalStage.OFFICE_CLOSE]: 'the brokerage business office (brokerage-office) to send the co-sign opinions back',
};

/** Every role that acts somewhere on the route (after submission). */
export const ROUTE_ROLES: Role[] = [...new Set(Object.values(STAGE_ROLE))];

/** Who submits: the branch's manager for a branch's subject; channel management (head office) for a company-wide one. */
export const submitterRole = (branchId: string | null): Role => (branchId ? 'branch-manager' : 'channel-management');

export function maySubmit(p: Principal, branchId: string | null): boolean {
  return branchId ? p.branchId === branchId && hasRole(p, 'branch-manager') : hasRole(p, 'channel-management');
}

/** The state the route rules need. */
export interface RouteState {
  status: ApprovalStatus;
  stage: ApprovalStage;
  /** Departments named at channel review. */
  cosignDepartments: CosignDepartment[];
  /** Departments whose opinion is in. */
  cosigned: CosignDepartment[];
}

/** The stage after `stage` is done (COSIGN is done once every named department has given its opinion); null: the route ends. */
export function nextStage(stage: ApprovalStage, cosignDepartments: CosignDepartment[]): ApprovalStage | null {
  switch (stage) {
    case ApprovalStage.SUBMITTED:
      return ApprovalStage.OFFICE_REVIEW;
    case ApprovalStage.OFFICE_REVIEW:
      return ApprovalStage.CHANNEL_REVIEW;
    case ApprovalStage.CHANNEL_REVIEW:
      return cosignDepartments.length ? ApprovalStage.COSIGN : ApprovalStage.OFFICE_ROUTING;
    case ApprovalStage.COSIGN:
      return ApprovalStage.OFFICE_ROUTING;
    case ApprovalStage.OFFICE_ROUTING:
      return ApprovalStage.EXECUTIVE_APPROVAL;
    case ApprovalStage.EXECUTIVE_APPROVAL:
      return ApprovalStage.OFFICE_CLOSE;
    case ApprovalStage.OFFICE_CLOSE:
      return null;
  }
}

/** Co-signing departments still to give their opinion. */
export const pendingCosigns = (s: Pick<RouteState, 'cosignDepartments' | 'cosigned'>): CosignDepartment[] =>
  s.cosignDepartments.filter((d) => !s.cosigned.includes(d));

/** An action on a request: a decision at the current stage, or a co-signing department's opinion. */
export type RouteAction =
  | { kind: 'decide'; approve: boolean; comment: string; cosignDepartments?: CosignDepartment[] | null }
  | { kind: 'cosign'; department: CosignDepartment; approve: boolean; comment: string; signatory: string };

/** Why an action is refused: FORBIDDEN (not a role of the route), CONFLICT (not now), BAD_INPUT (the action itself). */
export type Refusal = { code: 'FORBIDDEN' | 'CONFLICT' | 'BAD_INPUT'; message: string; field?: string };

/** Whether `p` may take `action` on a request in state `s`; null when allowed. */
export function refusal(s: RouteState, p: Principal, action: RouteAction): Refusal | null {
  if (!hasRole(p, ...ROUTE_ROLES)) {
    return {
      code: 'FORBIDDEN',
      message: 'Approvals are handled by the brokerage business office, the channel management department and the VP in charge only',
    };
  }
  if (s.status !== ApprovalStatus.IN_PROGRESS) {
    return { code: 'CONFLICT', message: `This approval has ended (${s.status.toLowerCase()}); a rejected subject is resubmitted as a new version` };
  }
  if (s.stage === ApprovalStage.SUBMITTED) return { code: 'CONFLICT', message: 'This approval has not been submitted yet' };
  if (action.kind === 'cosign') {
    if (s.stage !== ApprovalStage.COSIGN) {
      return { code: 'CONFLICT', message: `Not the time for co-sign opinions: the approval is waiting for ${STAGE_LABEL[s.stage]}` };
    }
    if (!s.cosignDepartments.includes(action.department)) {
      return {
        code: 'CONFLICT',
        message: `${DEPARTMENT_LABEL[action.department]} was not named to co-sign (named: ${s.cosignDepartments.map((d) => DEPARTMENT_LABEL[d]).join(', ')})`,
        field: 'department',
      };
    }
    if (s.cosigned.includes(action.department)) {
      return { code: 'CONFLICT', message: `${DEPARTMENT_LABEL[action.department]} has already given its opinion`, field: 'department' };
    }
    if (!hasRole(p, STAGE_ROLE[ApprovalStage.COSIGN]))
      return { code: 'CONFLICT', message: 'Co-sign opinions are recorded by the brokerage business office (brokerage-office)' };
    if (!action.signatory.trim()) return { code: 'BAD_INPUT', message: 'Name who gave the opinion for the department', field: 'signatory' };
    if (!action.approve && !action.comment.trim()) return { code: 'BAD_INPUT', message: 'A disagreeing opinion needs a reason', field: 'comment' };
    return null;
  }
  if (s.stage === ApprovalStage.COSIGN) {
    return {
      code: 'CONFLICT',
      message: `Not your turn: waiting for the co-sign opinions of ${pendingCosigns(s)
        .map((d) => DEPARTMENT_LABEL[d])
        .join(', ')}`,
    };
  }
  const role = STAGE_ROLE[s.stage];
  if (!hasRole(p, role)) return { code: 'CONFLICT', message: `Not your turn: the approval is waiting for ${STAGE_LABEL[s.stage]} first` };
  if (!action.approve && !action.comment.trim())
    return { code: 'BAD_INPUT', message: 'Say why it is rejected: a rejection goes back to the submitter with the reason', field: 'comment' };
  if (s.stage === ApprovalStage.OFFICE_CLOSE && !action.approve) {
    return {
      code: 'BAD_INPUT',
      message: 'The VP has approved it: the brokerage business office can only send the opinions back and end the route',
      field: 'approve',
    };
  }
  if (action.cosignDepartments?.length && s.stage !== ApprovalStage.CHANNEL_REVIEW) {
    return { code: 'BAD_INPUT', message: 'Co-signing departments are named by the channel management department at its review', field: 'cosignDepartments' };
  }
  if (action.cosignDepartments && new Set(action.cosignDepartments).size !== action.cosignDepartments.length) {
    return { code: 'BAD_INPUT', message: 'Name each co-signing department once', field: 'cosignDepartments' };
  }
  return null;
}

/** What an allowed action does to the request. */
export interface Outcome {
  status: ApprovalStatus;
  stage: ApprovalStage;
  cosignDepartments: CosignDepartment[];
  cosigned: CosignDepartment[];
  /** The route ended with this action (approved or rejected): tell the subject. */
  ended: boolean;
}

export function apply(s: RouteState, action: RouteAction): Outcome {
  if (!action.approve) return { ...s, status: ApprovalStatus.REJECTED, ended: true };
  if (action.kind === 'cosign') {
    const cosigned = [...s.cosigned, action.department];
    const done = pendingCosigns({ cosignDepartments: s.cosignDepartments, cosigned }).length === 0;
    return { ...s, cosigned, stage: done ? nextStage(ApprovalStage.COSIGN, s.cosignDepartments)! : ApprovalStage.COSIGN, ended: false };
  }
  const cosignDepartments = s.stage === ApprovalStage.CHANNEL_REVIEW ? [...(action.cosignDepartments ?? [])] : s.cosignDepartments;
  const next = nextStage(s.stage, cosignDepartments);
  if (!next) return { ...s, cosignDepartments, status: ApprovalStatus.APPROVED, ended: true };
  return { ...s, cosignDepartments, stage: next, ended: false };
}

/** Who the request waits for, for display: the stage, its role, and the departments still to co-sign. */
export function waitingFor(s: RouteState): { stage: ApprovalStage; role: Role; departments: CosignDepartment[] } | null {
  if (s.status !== ApprovalStatus.IN_PROGRESS || s.stage === ApprovalStage.SUBMITTED) return null;
  return { stage: s.stage, role: STAGE_ROLE[s.stage], departments: s.stage === ApprovalStage.COSIGN ? pendingCosigns(s) : [] };
}
