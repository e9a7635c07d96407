/**
 * Who sees and does what in a campaign (R-7; DOMAIN.md's roles table, campaign-staff), as pure
 * functions of the caller and the campaign's staffing.
 */
import { HEAD_OFFICE_ROLES, hasRole, type Principal, type Role } from '@bg/auth';
import type { CampaignUnitName } from './campaign-rules';

export interface Staffing {
  employeeId: string;
  unit: CampaignUnitName;
  regionId: string | null;
}

/**
 * What part of a campaign the caller sees: all of it (head office, the work group), some regions (a
 * regional group member), a branch's part (branch staff: its customers and figures), a client
 * manager's own customers, or nothing.
 */
export type CampaignView =
  | { kind: 'all'; manage: boolean }
  | { kind: 'regions'; regionIds: string[] }
  | { kind: 'branch'; branchId: string }
  | { kind: 'manager'; employeeId: string }
  | { kind: 'none' };

const BRANCH_ROLES: Role[] = ['branch-manager', 'branch-deputy-manager', 'branch-finance'];
const MANAGER_ROLES: Role[] = ['client-manager', 'group-leader', 'team-lead'];

export function campaignView(p: Principal, staffing: readonly Staffing[]): CampaignView {
  if (hasRole(p, 'campaign-staff')) {
    const mine = staffing.filter((m) => m.employeeId === p.employeeId);
    // Head-office marketing: the work group's groups and the leadership see every region; a member
    // of regional work groups only sees their region(s).
    if (!mine.length || mine.some((m) => m.unit !== 'REGION')) return { kind: 'all', manage: true };
    return { kind: 'regions', regionIds: [...new Set(mine.map((m) => m.regionId!))] };
  }
  if (hasRole(p, ...HEAD_OFFICE_ROLES)) return { kind: 'all', manage: false };
  if (p.branchId && hasRole(p, ...BRANCH_ROLES)) return { kind: 'branch', branchId: p.branchId };
  if (p.employeeId && hasRole(p, ...MANAGER_ROLES)) return { kind: 'manager', employeeId: p.employeeId };
  return { kind: 'none' };
}

/** Head-office marketing work (set-up, agencies, phases, evaluation): campaign-staff who are not only regional members. */
export const mayManage = (v: CampaignView): boolean => v.kind === 'all' && v.manage;

/** Direct-sales work in a region (core customers, visits, roadshows, intentions, subscriptions, service requests). */
export const mayActInRegion = (v: CampaignView, regionId: string): boolean => mayManage(v) || (v.kind === 'regions' && v.regionIds.includes(regionId));

/** 路演推介领导小组 reallocates staff and materials between regions. */
export const mayReallocate = (p: Principal, staffing: readonly Staffing[]): boolean =>
  hasRole(p, 'campaign-staff') && staffing.some((m) => m.employeeId === p.employeeId && m.unit === 'ROADSHOW_LEADERSHIP');

/** A customer-facing row (core customer, intention, subscription, service request) the view covers. */
export function viewCovers(v: CampaignView, row: { regionId: string; branchId: string | null; managerId: string | null }): boolean {
  switch (v.kind) {
    case 'all':
      return true;
    case 'regions':
      return v.regionIds.includes(row.regionId);
    case 'branch':
      return row.branchId === v.branchId;
    case 'manager':
      return row.managerId === v.employeeId;
    case 'none':
      return false;
  }
}

/** The view as a filter on rows with region_id, branch_id and manager_id (null: everything). */
export function viewFilter(v: CampaignView): { regionId?: { $in: string[] }; branchId?: string; managerId?: string } | null {
  switch (v.kind) {
    case 'all':
      return null;
    case 'regions':
      return { regionId: { $in: v.regionIds } };
    case 'branch':
      return { branchId: v.branchId };
    case 'manager':
      return { managerId: v.employeeId };
    case 'none':
      return { managerId: '\u0000' };
  }
}
