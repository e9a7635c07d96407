/**
 * The demo company loaded by `npm start` (embedded defaults): three branches, their teams, groups
 * and outlets, and ~50 client managers. Deterministic, so every service seeds the same people and
 * the demo users' `employee_id` claims (packages/auth/src/dev-realm/demo-users.json) match.
 */

import { DEMO_USERS, HEAD_OFFICE_BRANCH, type DemoUser, type Role } from '@bg/auth';
import type { StaffPost } from '@bg/events';
import type { EntityManager } from '@mikro-orm/core';

export interface DemoBranch {
  id: string;
  name: string;
  city: string;
}
export interface DemoTeam {
  id: string;
  branchId: string;
  name: string;
}
export interface DemoGroup {
  id: string;
  teamId: string;
  name: string;
}
export interface DemoOutlet {
  id: string;
  branchId: string;
  name: string;
  opensAt: string;
  closesAt: string;
}
export interface DemoEmployee {
  id: string;
  name: string;
  branchId: string;
  teamId: string;
  groupId: string | null;
  outletId: string;
  level: string;
  employmentType: 'FULL_TIME' | 'PART_TIME';
  hiredOn: string;
}

/** Branch and head-office staff: employees of the organisation outside the marketing teams. */
export interface DemoStaff {
  id: string;
  name: string;
  branchId: string;
  post: Exclude<StaffPost, 'CLIENT_MANAGER'>;
  hiredOn: string;
}

/**
 * The company at scale (`DEMO_COMPANY=scale`, for load tests on the real parts): the three demo
 * branches as they are, and 47 generated branches B04..B50 of 4 teams of 53 client managers each —
 * 50 branches, 10,009 client managers — with their finance, deputy, manager, attendance clerk and
 * team leads as users (SCALE_USERS), and a year of business figures (DEMO_METRICS_MONTHS).
 */
export const DEMO_SCALE = process.env.DEMO_COMPANY === 'scale';
const SCALE_BRANCHES = 50;
const SCALE_TEAMS_PER_BRANCH = 4;
const SCALE_MANAGERS_PER_TEAM = 53;
const CITIES = ['深圳', '广州', '上海', '北京', '杭州', '南京', '成都', '武汉', '西安', '厦门'];

export const DEMO_BRANCHES: DemoBranch[] = [
  { id: 'SZ01', name: '深圳福田营业部', city: '深圳' },
  { id: 'GZ01', name: '广州天河营业部', city: '广州' },
  { id: 'SH01', name: '上海浦东营业部', city: '上海' },
  ...(DEMO_SCALE
    ? Array.from({ length: SCALE_BRANCHES - 3 }, (_, i) => {
        const city = CITIES[i % CITIES.length];
        return { id: `B${String(i + 4).padStart(2, '0')}`, name: `${city}第${i + 4}营业部`, city };
      })
    : []),
];

const TEAMS_PER_BRANCH: Record<string, number> = { SZ01: 2, GZ01: 1, SH01: 1 };
const isGenerated = (branchId: string) => !(branchId in TEAMS_PER_BRANCH);

export const DEMO_TEAMS: DemoTeam[] = DEMO_BRANCHES.flatMap((b) =>
  Array.from({ length: TEAMS_PER_BRANCH[b.id] ?? SCALE_TEAMS_PER_BRANCH }, (_, i) => ({
    id: `${b.id}-T${i + 1}`,
    branchId: b.id,
    name: `${b.name}营销${['一', '二', '三', '四'][i]}队`,
  })),
);

/** The demo teams' leads (团队负责人) and the day they lead from: SZ01-T1's is tl.wang (E1003). */
export const DEMO_TEAM_LEADS: Array<{ teamId: string; employeeId: string; effectiveOn: string }> = [
  { teamId: 'SZ01-T1', employeeId: 'E1003', effectiveOn: '2019-05-06' },
];

/**
 * The demo regions (区域, issue 16 item 4) with their regional manager and members from a day:
 * SZ01-T1's 福田区域 is rm.zhao's (E1110).
 */
export const DEMO_REGIONS: Array<{ id: string; teamId: string; name: string; managerId: string; memberIds: string[]; effectiveOn: string }> = [
  { id: 'SZ01-T1-R1', teamId: 'SZ01-T1', name: '福田区域', managerId: 'E1110', memberIds: ['E1110', 'E1112', 'E1113', 'E1114'], effectiveOn: '2026-09-01' },
];

export const DEMO_GROUPS: DemoGroup[] = DEMO_TEAMS.flatMap((t) =>
  [1, 2, 3].map((g) => ({ id: `${t.id}-G${g}`, teamId: t.id, name: `第${['一', '二', '三'][g - 1]}小组` })),
);

const BANKS = ['工商银行', '建设银行', '招商银行'];
export const DEMO_OUTLETS: DemoOutlet[] = DEMO_BRANCHES.flatMap((b) =>
  BANKS.map((bank, i) => ({
    id: `${b.id}-O${i + 1}`,
    branchId: b.id,
    name: `${bank}${b.city}支行`,
    opensAt: i === 2 ? '09:00' : '08:30',
    closesAt: i === 2 ? '17:00' : '16:30',
  })),
);

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚', '桂英'];

/** Named demo employees: the people behind the demo users. */
const NAMED: DemoEmployee[] = [
  {
    id: 'E1001',
    name: '张伟',
    branchId: 'SZ01',
    teamId: 'SZ01-T1',
    groupId: 'SZ01-T1-G1',
    outletId: 'SZ01-O1',
    level: 'L2',
    employmentType: 'FULL_TIME',
    hiredOn: '2024-03-01',
  },
  {
    id: 'E1002',
    name: '李娜',
    branchId: 'SZ01',
    teamId: 'SZ01-T1',
    groupId: 'SZ01-T1-G1',
    outletId: 'SZ01-O1',
    level: 'L4',
    employmentType: 'FULL_TIME',
    hiredOn: '2021-07-01',
  },
  {
    id: 'E1003',
    name: '王强',
    branchId: 'SZ01',
    teamId: 'SZ01-T1',
    groupId: null,
    outletId: 'SZ01-O2',
    level: 'L5',
    employmentType: 'FULL_TIME',
    hiredOn: '2019-05-06',
  },
  {
    id: 'E1004',
    name: '刘洋',
    branchId: 'SZ01',
    teamId: 'SZ01-T1',
    groupId: 'SZ01-T1-G2',
    outletId: 'SZ01-O2',
    level: 'L1',
    employmentType: 'PART_TIME',
    hiredOn: '2025-09-01',
  },
  {
    id: 'E2001',
    name: '何军',
    branchId: 'GZ01',
    teamId: 'GZ01-T1',
    groupId: 'GZ01-T1-G1',
    outletId: 'GZ01-O1',
    level: 'L2',
    employmentType: 'FULL_TIME',
    hiredOn: '2023-02-13',
  },
];

function generated(): DemoEmployee[] {
  const out: DemoEmployee[] = [];
  let n = 0;
  for (const team of DEMO_TEAMS) {
    const groups = DEMO_GROUPS.filter((g) => g.teamId === team.id);
    const outlets = DEMO_OUTLETS.filter((o) => o.branchId === team.branchId);
    if (isGenerated(team.branchId)) {
      out.push(...scaleTeam(team, groups, outlets));
      continue;
    }
    for (let i = 0; i < 10; i++, n++) {
      const prefix = team.branchId === 'SZ01' ? 1 : team.branchId === 'GZ01' ? 2 : 3;
      const id = `E${prefix}${team.id.endsWith('T2') ? 2 : 1}${String(i + 10).padStart(2, '0')}`;
      out.push({
        id,
        name: SURNAMES[(n * 7) % SURNAMES.length] + GIVEN[(n * 3) % GIVEN.length],
        branchId: team.branchId,
        teamId: team.id,
        groupId: groups[i % groups.length].id,
        outletId: outlets[i % outlets.length].id,
        level: `L${1 + (n % 4)}`,
        employmentType: n % 5 === 4 ? 'PART_TIME' : 'FULL_TIME',
        hiredOn: `${2020 + (n % 6)}-${String(1 + (n % 12)).padStart(2, '0')}-01`,
      });
    }
  }
  return out;
}

/** A generated team of the company at scale: ids `<team>-E01`.., the first of them its lead. */
function scaleTeam(team: DemoTeam, groups: DemoGroup[], outlets: DemoOutlet[]): DemoEmployee[] {
  return Array.from({ length: SCALE_MANAGERS_PER_TEAM }, (_, i) => {
    const n = Number(team.branchId.slice(1)) * 1000 + Number(team.id.slice(-1)) * 100 + i;
    return {
      id: `${team.id}-E${String(i + 1).padStart(2, '0')}`,
      name: SURNAMES[(n * 7) % SURNAMES.length] + GIVEN[(n * 3) % GIVEN.length],
      branchId: team.branchId,
      teamId: team.id,
      groupId: i === 0 ? null : groups[i % groups.length].id,
      outletId: outlets[i % outlets.length].id,
      level: i === 0 ? 'L5' : `L${1 + (n % 4)}`,
      employmentType: n % 5 === 4 ? 'PART_TIME' : 'FULL_TIME',
      hiredOn: `${2020 + (n % 6)}-${String(1 + (n % 12)).padStart(2, '0')}-01`,
    };
  });
}

export const DEMO_EMPLOYEES: DemoEmployee[] = [...NAMED, ...generated()];

/** A small deterministic pseudo-random source (mulberry32) for demo figures. */
export function demoRandom(seed: string): () => number {
  let a = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 1779033703);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Working days (Mon-Fri, less the National Day holiday) of a demo month. */
export function demoWorkingDays(month: string): string[] {
  const [y, m] = month.split('-').map(Number);
  const days: string[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1) break;
    const dow = date.getUTCDay();
    if (dow === 0 || dow === 6 || (m === 10 && d <= 7)) continue;
    days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

/** Months that have demo attendance, metrics and training. */
export const DEMO_MONTHS = ['2026-09', '2026-10'];

/** Months that have CRM figures: the demo months, or at scale the year up to them (2025-11..2026-10). */
export const DEMO_METRICS_MONTHS = DEMO_SCALE
  ? Array.from({ length: 12 }, (_, i) => {
      const m = 10 + i; // 2025-11 is month 10 counted from 2025-01 (0)
      return `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    })
  : DEMO_MONTHS;

/** 总部: head office, where the head-office departments' staff (and head-office recruiters, trainers) are placed. */
export const DEMO_HEAD_OFFICE: DemoBranch = { id: HEAD_OFFICE_BRANCH, name: '总部', city: '深圳' };

const POST_OF_ROLE: Partial<Record<Role, DemoStaff['post']>> = {
  'branch-manager': 'BRANCH_MANAGER',
  'branch-deputy-manager': 'DEPUTY_MANAGER',
  'branch-finance': 'FINANCE',
  'attendance-clerk': 'ATTENDANCE_CLERK',
  'archive-clerk': 'ARCHIVE_CLERK',
  'asset-keeper': 'ASSET_KEEPER',
  recruiter: 'RECRUITER',
  trainer: 'TRAINER',
  'brokerage-office': 'HEAD_OFFICE',
  'channel-management': 'HEAD_OFFICE',
  executive: 'HEAD_OFFICE',
};

/** The branch posts every branch of the company at scale has a user for (the month-end sign-offs and the close). */
const SCALE_BRANCH_POSTS: Array<[Role, string, string]> = [
  ['branch-finance', 'fin', '财务'],
  ['branch-deputy-manager', 'dep', '副经理'],
  ['branch-manager', 'mgr', '经理'],
  ['attendance-clerk', 'clerk', '考勤员'],
];

/**
 * The users of the company at scale, beside the demo users (packages/auth demo-users.json): for
 * every branch without one, its finance (`fin.b04`), deputy (`dep.b04`), manager (`mgr.b04`) and
 * attendance clerk (`clerk.b04`), staff employees `B04-S1`..`B04-S4`; a team lead per team
 * (`tl.b04-t1`, the team's first employee); and every generated client manager (`cm.b04-t1-e02`).
 * Empty unless DEMO_COMPANY=scale. The load tests create them in Keycloak (load-tests/src/scale).
 */
export const SCALE_USERS: DemoUser[] = DEMO_SCALE ? scaleUsers() : [];

function scaleUsers(): DemoUser[] {
  const users: DemoUser[] = [];
  for (const b of DEMO_BRANCHES) {
    SCALE_BRANCH_POSTS.forEach(([role, prefix, title], k) => {
      if (DEMO_USERS.some((u) => u.branch_id === b.id && u.roles.includes(role))) return;
      users.push({ username: `${prefix}.${b.id.toLowerCase()}`, name: `${b.name}${title}`, roles: [role], employee_id: `${b.id}-S${k + 1}`, branch_id: b.id });
    });
  }
  for (const t of DEMO_TEAMS) {
    if (DEMO_USERS.some((u) => u.team_id === t.id && u.roles.includes('team-lead'))) continue;
    const lead = DEMO_EMPLOYEES.find((e) => e.teamId === t.id)!;
    users.push({ username: `tl.${t.id.toLowerCase()}`, name: lead.name, roles: ['team-lead'], employee_id: lead.id, branch_id: t.branchId, team_id: t.id });
  }
  for (const e of DEMO_EMPLOYEES) {
    if (!isGenerated(e.branchId) || !e.groupId) continue; // the team's lead has no group
    users.push({
      username: `cm.${e.id.toLowerCase()}`,
      name: e.name,
      roles: ['client-manager'],
      employee_id: e.id,
      branch_id: e.branchId,
      team_id: e.teamId,
      group_id: e.groupId,
    });
  }
  return users;
}

/**
 * The demo users who are not client managers (branch managers, deputies, finance, clerks,
 * recruiters, trainers, head office), as employees: every demo user's `employee_id` names a person.
 */
const MANAGER_IDS = new Set(DEMO_EMPLOYEES.map((e) => e.id));
export const DEMO_STAFF: DemoStaff[] = [...DEMO_USERS, ...SCALE_USERS]
  .filter((u) => u.employee_id && !MANAGER_IDS.has(u.employee_id))
  .map((u, i) => ({
    id: u.employee_id!,
    name: u.name,
    branchId: u.branch_id ?? HEAD_OFFICE_BRANCH,
    post: POST_OF_ROLE[u.roles[0] as Role] ?? 'HEAD_OFFICE',
    hiredOn: `${2015 + (i % 8)}-0${1 + (i % 9)}-01`,
  }));

/**
 * For the seeds of the company at scale: every `every` items, writes what the EntityManager holds
 * and forgets it, so 10,000 people's rows are not all in memory (and in one flush) at once.
 */
export async function flushEvery(em: EntityManager, i: number, every = 500): Promise<void> {
  if (i > 0 && i % every === 0) {
    await em.flush();
    em.clear();
  }
}

/** A registered customer of the demo company (the register is attendance's; ). */
export interface DemoCustomer {
  id: string;
  name: string;
  kind: 'INDIVIDUAL' | 'INSTITUTION';
  branchId: string;
  responsibleEmployeeId: string;
  assetsFen: number;
  crmRef: string;
}

const CUSTOMERS_PER_BRANCH: Record<string, number> = { SZ01: 0, GZ01: 120, SH01: 120 };
const INSTITUTIONS = ['投资有限公司', '资产管理有限公司', '实业集团', '财务有限公司', '科技股份有限公司'];
const PLACES = ['鹏程', '华南', '东方', '长江', '海天', '金桥', '瑞丰', '新纪元', '恒信', '博远'];

/**
 * 240 registered customers of the Guangzhou and Shanghai branches (120 each; cm.gz, E2001, among the
 * responsible managers), a fifth of them institutions: deterministic, so attendance's register and the
 * services that refer to customers (performance's campaigns) seed the same ones. Shenzhen's register
 * starts empty (its customers are the ones the tests and users register).
 */
export const DEMO_CUSTOMERS: DemoCustomer[] = DEMO_BRANCHES.flatMap((b) => {
  const managers = DEMO_EMPLOYEES.filter((e) => e.branchId === b.id && e.groupId);
  const rnd = demoRandom(`customers:${b.id}`);
  return Array.from({ length: CUSTOMERS_PER_BRANCH[b.id] }, (_, i) => {
    const institution = i % 5 === 4;
    const n = i + 1;
    return {
      id: `C-${b.id}-${String(n).padStart(4, '0')}`,
      name: institution
        ? `${b.city}${PLACES[i % PLACES.length]}${INSTITUTIONS[i % INSTITUTIONS.length]}`
        : SURNAMES[(i * 11 + b.id.length) % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + (i >= GIVEN.length ? GIVEN[i % 7] : ''),
      kind: institution ? 'INSTITUTION' : 'INDIVIDUAL',
      branchId: b.id,
      responsibleEmployeeId: managers[i % managers.length].id,
      assetsFen: Math.round((institution ? 20_000_000 : 500_000) + rnd() * (institution ? 200_000_000 : 30_000_000)) * 100,
      crmRef: `${b.id}${String(800000 + n)}`,
    } satisfies DemoCustomer;
  });
});
