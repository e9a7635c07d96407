import type { Key } from './i18n';

/** The console's pages and the realm roles that may open each (the graph checks again). */
export interface PageDef {
  path: string;
  label: Key;
  roles: string[];
}

const BRANCH_LEADERS = ['branch-deputy-manager', 'branch-manager'];
const HEAD_OFFICE = ['brokerage-office', 'channel-management', 'executive'];

export const PAGES: PageDef[] = [
  { path: '/my-day', label: 'myDay', roles: ['client-manager', 'group-leader'] },
  { path: '/team/attendance', label: 'teamMonth', roles: ['team-lead', ...BRANCH_LEADERS] },
  { path: '/team/work', label: 'teamWork', roles: ['team-lead'] },
  // A regional manager (区域经理) has no page of their own yet: team-wide lists are the team lead's (the graph refuses them a team).
  { path: '/attendance/day', label: 'attendanceGrid', roles: ['attendance-clerk', ...BRANCH_LEADERS] },
  { path: '/attendance/close', label: 'monthClose', roles: ['attendance-clerk', 'branch-finance', ...BRANCH_LEADERS] },
  { path: '/archives', label: 'archives', roles: ['archive-clerk', ...BRANCH_LEADERS, 'brokerage-office', 'channel-management'] },
  { path: '/slips', label: 'slips', roles: ['archive-clerk', ...BRANCH_LEADERS] },
  { path: '/asset-ledger', label: 'assets', roles: ['asset-keeper', 'team-lead', ...BRANCH_LEADERS] },
  { path: '/crm-import', label: 'crmImport', roles: ['branch-finance', ...BRANCH_LEADERS] },
  { path: '/payroll', label: 'payroll', roles: ['branch-finance', ...BRANCH_LEADERS] },
  { path: '/comparison', label: 'comparison', roles: [...HEAD_OFFICE, 'branch-finance', ...BRANCH_LEADERS] },
  { path: '/pipeline', label: 'pipeline', roles: ['recruiter', 'branch-manager'] },
];

export function pagesFor(roles: string[]): PageDef[] {
  return PAGES.filter((p) => p.roles.some((r) => roles.includes(r)));
}

export function mayOpen(path: string, roles: string[]): boolean {
  const page = PAGES.find((p) => p.path === path);
  return !page || page.roles.some((r) => roles.includes(r));
}

export const isHeadOffice = (roles: string[]) => roles.some((r) => HEAD_OFFICE.includes(r));
