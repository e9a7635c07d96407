import type { MikroORM } from '@mikro-orm/core';
import { printSchema } from 'graphql';
import { buildFederatedSchema } from '@bg/graphql';
import { ctx, openTestDb, seedOrganisation, USERS, type TestDb } from '../serials/test-db';
import { serialsModule } from '../serials';
import { filingsModule } from '../filings';
import { Branch, Group, Outlet, Team } from './organisation.entity';
import { BranchResolver, TeamResolver } from './organisation.resolver';
import { OrganisationSetupResolver } from './organisation.setup.resolver';
import { organisationModule } from '.';
import { OutboxMessage } from '@bg/events';
import { todayInShanghai } from '../serials/access';

const resolver = new OrganisationSetupResolver();
const codeOf = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;
const problemsOf = (e: unknown) => (e as { extensions: { problems: Array<{ field: string; problem: string }> } }).extensions.problems;

describe('organisation set-up and tree', () => {
  let db: TestDb;
  let orm: MikroORM;
  beforeEach(async () => {
    db = await openTestDb();
    orm = db.orm;
    await seedOrganisation(orm.em.fork());
  });
  afterEach(() => db.close());
  const hq = () => ctx(orm, USERS.channel);
  const counts = async () => Promise.all([Branch, Team, Group, Outlet].map((e) => orm.em.fork().count(e as typeof Branch, {})));

  it('lets head office create a branch with teams, groups and outlets', async () => {
    const branch = await resolver.createBranch({ id: 'SH01', name: '上海浦东营业部', city: '上海' }, hq());
    expect(branch.id).toBe('SH01');
    const t1 = await resolver.createTeam({ branchId: 'SH01', name: '营销一队' }, hq());
    const t2 = await resolver.createTeam({ branchId: 'SH01', name: '营销二队' }, ctx(orm, USERS.executive));
    expect([t1.id, t2.id]).toEqual(['SH01-T1', 'SH01-T2']);
    expect((await resolver.createTeam({ branchId: 'SZ01', name: '营销三队' }, hq())).id).toBe('SZ01-T3');
    expect((await resolver.createGroup({ teamId: 'SZ01-T1', name: '第三小组' }, hq())).id).toBe('SZ01-T1-G3');
    expect((await resolver.createGroup({ teamId: 'SH01-T1', name: '第一小组', id: 'SH01-T1-A' }, hq())).id).toBe('SH01-T1-A');
    const outlet = await resolver.createOutlet({ branchId: 'SH01', name: '招商银行上海支行', opensAt: '09:00', closesAt: '17:00' }, hq());
    expect(outlet).toMatchObject({ id: 'SH01-O1', opensAt: '09:00', closesAt: '17:00' });
    expect(await resolver.setOutletHours('SH01-O1', '08:30', '16:30', null, hq())).toMatchObject({ opensAt: '08:30', closesAt: '16:30' });
    expect(await orm.em.fork().findOneOrFail(Outlet, 'SH01-O1')).toMatchObject({ opensAt: '08:30' });
    // Each unit went out on personnel.organisation with its row, so the other services learn it.
    const sent = (await orm.em.fork().find(OutboxMessage, { topic: 'personnel.organisation' }, { orderBy: { seq: 'asc' } })).map((m) => [
      m.type,
      m.key,
      JSON.parse(m.payload).data,
    ]);
    expect(sent).toEqual([
      ['BranchRegistered.v1', 'SH01', { branchId: 'SH01', name: expect.any(String), city: expect.any(String) }],
      ['TeamRegistered.v1', 'SH01-T1', { teamId: 'SH01-T1', branchId: 'SH01', name: '营销一队' }],
      ['TeamRegistered.v1', 'SH01-T2', { teamId: 'SH01-T2', branchId: 'SH01', name: '营销二队' }],
      ['TeamRegistered.v1', 'SZ01-T3', { teamId: 'SZ01-T3', branchId: 'SZ01', name: '营销三队' }],
      ['GroupRegistered.v1', 'SZ01-T1-G3', { groupId: 'SZ01-T1-G3', teamId: 'SZ01-T1', branchId: 'SZ01', name: '第三小组' }],
      ['GroupRegistered.v1', 'SH01-T1-A', { groupId: 'SH01-T1-A', teamId: 'SH01-T1', branchId: 'SH01', name: '第一小组' }],
      [
        'OutletRegistered.v1',
        'SH01-O1',
        { outletId: 'SH01-O1', branchId: 'SH01', name: '招商银行上海支行', opensAt: '09:00', closesAt: '17:00', effectiveOn: todayInShanghai() },
      ],
      ['OutletHoursChanged.v1', 'SH01-O1', { outletId: 'SH01-O1', branchId: 'SH01', opensAt: '08:30', closesAt: '16:30', effectiveOn: todayInShanghai() }],
    ]);
  });

  it('refuses bad input with every problem, writing nothing', async () => {
    const before = await counts();
    const b = await resolver.createBranch({ id: 'sz-02', name: '', city: 'x'.repeat(51) }, hq()).catch((e) => e);
    expect(codeOf(b)).toBe('BAD_USER_INPUT');
    expect(problemsOf(b).map((p) => p.field)).toEqual(['id', 'name', 'city']);
    expect(codeOf(await resolver.createBranch({ id: 'HQ', name: '总部', city: '深圳' }, hq()).catch((e) => e))).toBe('BAD_USER_INPUT');

    const o = await resolver.createOutlet({ branchId: 'XX01', name: '建设银行', opensAt: '8:30', closesAt: '24:00' }, hq()).catch((e) => e);
    expect(codeOf(o)).toBe('BAD_USER_INPUT');
    expect(problemsOf(o).map((p) => p.field)).toEqual(['opensAt', 'closesAt', 'branchId']);
    const late = await resolver.createOutlet({ branchId: 'SZ01', name: '建设银行', opensAt: '17:00', closesAt: '09:00' }, hq()).catch((e) => e);
    expect(problemsOf(late)).toEqual([{ field: 'closesAt', problem: 'the outlet closes (09:00) before it opens (17:00)' }]);
    const same = await resolver.createOutlet({ branchId: 'SZ01', name: '建设银行', opensAt: '09:00', closesAt: '09:00' }, hq()).catch((e) => e);
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
    expect(codeOf(await resolver.setOutletHours('SZ01-O1', '09:60', '17:00', null, hq()).catch((e) => e))).toBe('BAD_USER_INPUT');
    expect(codeOf(await resolver.setOutletHours('SZ01-O9', '09:00', '17:00', null, hq()).catch((e) => e))).toBe('NOT_FOUND');
    // Days already recorded keep the hours they were classified by: no backdated hours.
    expect(problemsOf(await resolver.setOutletHours('SZ01-O1', '09:00', '17:00', '2020-01-01', hq()).catch((e) => e)).map((p) => p.field)).toEqual([
      'effectiveOn',
    ]);

    const t = await resolver.createTeam({ branchId: 'XX01', name: ' ', id: 'bad id!' }, hq()).catch((e) => e);
    expect(problemsOf(t).map((p) => p.field)).toEqual(['name', 'id', 'branchId']);
    const g = await resolver.createGroup({ teamId: 'SZ01-T9', name: '第一小组' }, hq()).catch((e) => e);
    expect(problemsOf(g)).toEqual([{ field: 'teamId', problem: 'no team SZ01-T9' }]);

    expect(await counts()).toEqual(before);
    expect((await orm.em.fork().findOneOrFail(Outlet, 'SZ01-O1')).opensAt).toBe('08:30');
  });

  it('answers duplicates with CONFLICT, writing nothing', async () => {
    const before = await counts();
    const conflicts = await Promise.all(
      [
        resolver.createBranch({ id: 'SZ01', name: '新营业部', city: '深圳' }, hq()),
        resolver.createBranch({ id: 'SZ09', name: '深圳福田营业部', city: '深圳' }, hq()),
        resolver.createTeam({ branchId: 'SZ01', name: '营销一队' }, hq()),
        resolver.createTeam({ branchId: 'SZ01', name: '营销九队', id: 'SZ01-T2' }, hq()),
        resolver.createGroup({ teamId: 'SZ01-T1', name: '第一小组' }, hq()),
        resolver.createOutlet({ branchId: 'SZ01', name: '工商银行深圳支行', opensAt: '09:00', closesAt: '17:00' }, hq()),
      ].map((p) => p.catch((e) => e)),
    );
    expect(conflicts.map(codeOf)).toEqual(Array(6).fill('CONFLICT'));
    expect(await counts()).toEqual(before);
    // The same team name in another branch is fine.
    expect((await resolver.createTeam({ branchId: 'GZ01', name: '营销二队' }, hq())).id).toBe('GZ01-T2');
  });

  it('turns a race on the same name into CONFLICT through the unique constraint', async () => {
    const results = await Promise.allSettled([
      resolver.createTeam({ branchId: 'SZ01', name: '营销五队', id: 'SZ01-T5' }, hq()),
      resolver.createTeam({ branchId: 'SZ01', name: '营销五队', id: 'SZ01-T6' }, hq()),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(codeOf((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toBe('CONFLICT');
  });

  it('returns the org tree with head counts of active and probation staff', async () => {
    const tree = await resolver.orgTree('SZ01', ctx(orm, USERS.zhang));
    expect(tree.branch.id).toBe('SZ01');
    expect(tree.headCount).toMatchObject({ active: 3, probation: 1, total: 4 });
    expect(tree.teams.map((t) => [t.team.id, t.headCount.active, t.headCount.probation])).toEqual([
      ['SZ01-T1', 2, 1],
      ['SZ01-T2', 1, 0],
    ]);
    expect(tree.teams[0].groups.map((g) => [g.group.id, g.headCount.active, g.headCount.probation])).toEqual([
      ['SZ01-T1-G1', 1, 1],
      ['SZ01-T1-G2', 1, 0],
    ]);
    expect(tree.teams[1].groups).toEqual([]);
    expect(tree.outlets.map((o) => [o.outlet.id, o.outlet.opensAt, o.headCount.active, o.headCount.probation])).toEqual([['SZ01-O1', '08:30', 2, 1]]);
    expect(codeOf(await resolver.orgTree('XX01', ctx(orm, USERS.zhang)).catch((e) => e))).toBe('NOT_FOUND');
  });

  it('builds a federated schema with the new operations', async () => {
    const schema = await buildFederatedSchema({
      resolvers: [BranchResolver, TeamResolver, ...organisationModule.resolvers, ...serialsModule.resolvers, ...filingsModule.resolvers] as [
        Function,
        ...Function[],
      ],
    });
    const sdl = printSchema(schema);
    for (const op of [
      'orgTree(',
      'createBranch(',
      'createTeam(',
      'createGroup(',
      'createOutlet(',
      'setOutletHours(',
      'recordConfirmationSlip(',
      'closeSlipMonth(',
      'confirmationSlips(',
      'confirmationSlip(',
      'slipMonthClosures(',
      'fileToHeadOffice(',
      'filings(',
      'filing(',
    ]) {
      expect(sdl).toContain(op);
    }
  });
});
