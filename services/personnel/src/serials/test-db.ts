/**
 * Test support (not used by the service): a personnel database built straight from the entities,
 * on SQLite (a temp file, as in production) or on a scratch PostgreSQL database created on the
 * server of TEST_DATABASE_URL and dropped afterwards.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { openScratchDatabase, testDialects, type ScratchDatabase } from '@bg/db';
import { principalFromClaims, type Principal } from '@bg/auth';
import { Loaders, type RequestContext } from '@bg/graphql';
import { Branch, Group, Outlet, Team } from '../organisation/organisation.entity';
import { Employee, EmployeeStatus, EmploymentType } from '../employees/employee.entity';
import { SerialCounter } from './serial-number';
import { ConfirmationSlip, SlipMonthClosure } from './confirmation-slip.entity';
import { Filing } from '../filings/filing.entity';
import { OutboxMessage } from '@bg/events';

export const TEST_ENTITIES = [Branch, Team, Group, Outlet, Employee, SerialCounter, ConfirmationSlip, SlipMonthClosure, Filing, OutboxMessage];

export type TestDb = ScratchDatabase;

/**
 * SQLite in a temp file with WAL (as in production: concurrent requests), or a scratch PostgreSQL
 * database on the server of `postgresUrl`.
 */
export async function openTestDb(postgresUrl?: string): Promise<TestDb> {
  if (postgresUrl) return openScratchDatabase({ entities: TEST_ENTITIES, postgresUrl, prefix: 'bg_personnel_test' });
  const dir = mkdtempSync(join(tmpdir(), 'bg-personnel-'));
  const db = await openScratchDatabase({ entities: TEST_ENTITIES, sqlitePath: join(dir, 'personnel.sqlite') });
  await db.orm.em.getConnection().execute('pragma journal_mode = wal');
  return {
    orm: db.orm,
    async close() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo organisation's skeleton: SZ01 (teams T1, T2) and GZ01, and a few managers. */
export async function seedOrganisation(em: EntityManager): Promise<void> {
  em.create(Branch, { id: 'SZ01', name: '深圳福田营业部', city: '深圳' });
  em.create(Branch, { id: 'GZ01', name: '广州天河营业部', city: '广州' });
  em.create(Team, { id: 'SZ01-T1', branchId: 'SZ01', name: '营销一队' });
  em.create(Team, { id: 'SZ01-T2', branchId: 'SZ01', name: '营销二队' });
  em.create(Team, { id: 'GZ01-T1', branchId: 'GZ01', name: '营销一队' });
  em.create(Group, { id: 'SZ01-T1-G1', teamId: 'SZ01-T1', name: '第一小组' });
  em.create(Group, { id: 'SZ01-T1-G2', teamId: 'SZ01-T1', name: '第二小组' });
  em.create(Outlet, { id: 'SZ01-O1', branchId: 'SZ01', name: '工商银行深圳支行', opensAt: '08:30', closesAt: '16:30' });
  const person = (id: string, branchId: string, teamId: string | null, groupId: string | null, outletId: string | null, status: EmployeeStatus) =>
    em.persist(
      Object.assign(new Employee(), {
        id,
        name: `经理${id}`,
        level: 'L1',
        employmentType: EmploymentType.FULL_TIME,
        status,
        branchId,
        teamId,
        groupId,
        outletId,
        hiredOn: '2026-01-05',
      }),
    );
  person('E1001', 'SZ01', 'SZ01-T1', 'SZ01-T1-G1', 'SZ01-O1', EmployeeStatus.ACTIVE);
  person('E1002', 'SZ01', 'SZ01-T1', 'SZ01-T1-G1', 'SZ01-O1', EmployeeStatus.PROBATION);
  person('E1003', 'SZ01', 'SZ01-T1', 'SZ01-T1-G2', null, EmployeeStatus.ACTIVE);
  person('E1004', 'SZ01', 'SZ01-T1', null, null, EmployeeStatus.DEPARTED);
  person('E1201', 'SZ01', 'SZ01-T2', null, 'SZ01-O1', EmployeeStatus.ACTIVE);
  person('E2001', 'GZ01', 'GZ01-T1', null, null, EmployeeStatus.ACTIVE);
  await em.flush();
}

export function principal(
  roles: string[],
  claims: { employee_id?: string; branch_id?: string; team_id?: string; group_id?: string } = {},
  username = roles[0],
): Principal {
  return principalFromClaims({ sub: username, preferred_username: username, realm_access: { roles }, ...claims });
}

/** A request's context: its own EntityManager fork, as the subgraph server gives each request. */
export function ctx(orm: MikroORM, p: Principal): RequestContext {
  return { principal: p, em: orm.em.fork(), loaders: new Loaders(), requestId: 'test' };
}

export const USERS = {
  clerk: principal(['archive-clerk'], { branch_id: 'SZ01' }, 'clerk.arc'),
  clerkGz: principal(['archive-clerk'], { branch_id: 'GZ01' }, 'clerk.gz'),
  manager: principal(['branch-manager'], { branch_id: 'SZ01' }, 'mgr.sz'),
  deputy: principal(['branch-deputy-manager'], { branch_id: 'SZ01' }, 'dep.sz'),
  managerGz: principal(['branch-manager'], { branch_id: 'GZ01' }, 'mgr.gz'),
  teamLead: principal(['team-lead'], { branch_id: 'SZ01', team_id: 'SZ01-T1' }, 'tl.wang'),
  zhang: principal(['client-manager'], { employee_id: 'E1001', branch_id: 'SZ01', team_id: 'SZ01-T1', group_id: 'SZ01-T1-G1' }, 'cm.zhang'),
  liu: principal(['client-manager'], { employee_id: 'E1002', branch_id: 'SZ01', team_id: 'SZ01-T1', group_id: 'SZ01-T1-G1' }, 'cm.liu'),
  finance: principal(['branch-finance'], { branch_id: 'SZ01' }, 'fin.sz'),
  brokerage: principal(['brokerage-office'], {}, 'bo.han'),
  channel: principal(['channel-management'], {}, 'ch.cao'),
  executive: principal(['executive'], {}, 'vp.qian'),
};

/** The databases the personnel unit tests run on (see @bg/db's testDialects). */
export const TEST_DIALECTS = testDialects();

/** The `extensions.code` of a GraphQL error thrown by a resolver. */
export const codeOf = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;
