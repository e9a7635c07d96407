/** Keycloak realm roles, exactly DOMAIN.md's roles table. */
export const ROLES = [
  'client-manager', // 客户经理: self
  'group-leader', // 小组长: own group
  'team-lead', // 团队负责人: own team
  'regional-manager', // 区域经理: own region of the team (its members from personnel's organisation, @bg/service regionVisibility)
  'attendance-clerk', // designated attendance recorder: own branch
  'archive-clerk', // 交易管理岗: own branch
  'asset-keeper', // keeper of the asset ledger: own branch
  'branch-finance', // 营业部财务部 / 主办会计: own branch
  'branch-deputy-manager', // 副经理 / 经理助理: own branch
  'branch-manager', // 营业部经理: own branch
  'recruiter', // own branch, or all if head office
  'trainer', // own branch, or all if head office
  'brokerage-office', // 经纪业务综合室: all branches
  'channel-management', // 渠道管理部: all branches
  'executive', // 主管副总裁: all branches
  'campaign-staff', // 总部营销 (集合资产管理计划工作小组, R-7): all branches for campaigns; a regional group member: their region
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles whose scope is every branch. */
export const HEAD_OFFICE_ROLES: readonly Role[] = ['brokerage-office', 'channel-management', 'executive'];

/** Branch id carried by head-office staff (recruiters and trainers there see all branches). */
export const HEAD_OFFICE_BRANCH = 'HQ';

/**
 * Head-office marketing staff of product issue campaigns: every campaign, in all branches;
 * a member of a regional work group only (and of no head-office group) sees their region. The
 * campaign's staffing decides the region (performance's campaign access module).
 */
export const CAMPAIGN_ROLES: readonly Role[] = ['campaign-staff'];
