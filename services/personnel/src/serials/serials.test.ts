/**
 * Gap-free serial numbers and customer confirmation slips, on SQLite and PostgreSQL.
 * PostgreSQL runs when TEST_DATABASE_URL is set (a scratch database is created on that server and
 * dropped afterwards):
 *   bash infra/local/infra.sh up postgres
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest services/personnel/src/serials
 */
import type { MikroORM } from '@mikro-orm/core';
import { ConfirmationSlip } from './confirmation-slip.entity';
import { allocateSerial, formatSerial } from './serial-number';
import { ConfirmationSlipResolver, type RecordSlipInput } from './slip.resolver';
import { codeOf, ctx, openTestDb, seedOrganisation, TEST_DIALECTS, USERS, type TestDb } from './test-db';

const resolver = new ConfirmationSlipResolver();

const slip = (n: number, over: Partial<RecordSlipInput> = {}): RecordSlipInput => ({
  employeeId: 'E1001',
  customerName: `客户${n}`,
  accountNumber: `60${String(n).padStart(8, '0')}`,
  date: '2026-10-15',
  fileRef: `box-2026-10/${n}`,
  ...over,
});
const record = (orm: MikroORM, input: RecordSlipInput, who = USERS.clerk) => resolver.recordConfirmationSlip(input, ctx(orm, who));

describe.each(TEST_DIALECTS)('serial numbers and slips on %s', (_name, url, enabled) => {
  if (!enabled) {
    it.skip('needs TEST_DATABASE_URL', () => undefined);
    return;
  }
  let db: TestDb;
  let orm: MikroORM;
  beforeEach(async () => {
    db = await openTestDb(url);
    orm = db.orm;
    await seedOrganisation(orm.em.fork());
  });
  afterEach(() => db.close());

  it('formats numbers per series', () => {
    expect(formatSerial('SZ01', 'SLIP', 2026, 42)).toBe('SZ01-2026-000042');
    expect(formatSerial('SZ01', 'FILING', 2026, 7)).toBe('SZ01-F-2026-000007');
  });

  it('gives 50 concurrent slip requests in one branch 50 distinct, consecutive numbers', async () => {
    const slips = await Promise.all(Array.from({ length: 50 }, (_, i) => record(orm, slip(i))));
    const numbers = slips.map((s) => s.number);
    expect(new Set(numbers).size).toBe(50);
    expect(slips.map((s) => s.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect([...numbers].sort()).toEqual(Array.from({ length: 50 }, (_, i) => formatSerial('SZ01', 'SLIP', 2026, i + 1)));
    // What was committed is what was answered.
    const stored = await orm.em.fork().find(ConfirmationSlip, {}, { orderBy: { seq: 'asc' } });
    expect(stored.map((s) => s.number)).toEqual([...numbers].sort());
    // And the next one continues the sequence.
    expect((await record(orm, slip(51))).number).toBe('SZ01-2026-000051');
  });

  it('keeps branches, series and years apart', async () => {
    const [a, b, c] = await Promise.all([
      record(orm, slip(1)),
      record(orm, slip(2, { employeeId: 'E2001' }), USERS.clerkGz),
      record(orm, slip(3, { date: '2025-12-31' })),
    ]);
    expect([a.number, b.number, c.number]).toEqual(['SZ01-2026-000001', 'GZ01-2026-000001', 'SZ01-2025-000001']);
    const em = orm.em.fork();
    const filing = await em.transactional((tx) => allocateSerial(tx, 'SZ01', 'FILING', 2026));
    expect(filing.number).toBe('SZ01-F-2026-000001');
  });

  it('refuses to allocate outside a transaction', async () => {
    await expect(allocateSerial(orm.em.fork(), 'SZ01', 'SLIP', 2026)).rejects.toThrow(/inside the transaction/);
  });

  it('leaves no gap when the insert of a numbered slip fails', async () => {
    expect((await record(orm, slip(1))).number).toBe('SZ01-2026-000001');
    let failNext = true;
    orm.em.getEventManager().registerSubscriber({
      getSubscribedEntities: () => [ConfirmationSlip],
      beforeCreate: () => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
      },
    });
    await expect(record(orm, slip(2))).rejects.toThrow('disk full');
    // A number handed out inside a rolled-back transaction is handed out again.
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await allocateSerial(tx, 'SZ01', 'SLIP', 2026);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await record(orm, slip(3))).number).toBe('SZ01-2026-000002');
    expect(await orm.em.fork().count(ConfirmationSlip, {})).toBe(2);
  });

  it('closes a month: records who, when, count and range, then refuses slips dated in it', async () => {
    for (let i = 1; i <= 3; i++) await record(orm, slip(i, { date: '2026-09-0' + i }));
    await record(orm, slip(4, { date: '2026-10-01' }));
    const closure = await resolver.closeSlipMonth('SZ01', '2026-09', ctx(orm, USERS.clerk));
    expect(closure).toMatchObject({
      branchId: 'SZ01',
      month: '2026-09',
      slipCount: 3,
      firstNumber: 'SZ01-2026-000001',
      lastNumber: 'SZ01-2026-000003',
      closedBy: 'clerk.arc',
    });
    expect(closure.closedAt).toBeInstanceOf(Date);

    const late = await record(orm, slip(5, { date: '2026-09-30' })).catch((e) => e);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.message).toMatch(/2026-09.*closed/);
    // The refusal consumed no number; other months go on.
    expect((await record(orm, slip(6, { date: '2026-10-02' }))).number).toBe('SZ01-2026-000005');
    expect(codeOf(await resolver.closeSlipMonth('SZ01', '2026-09', ctx(orm, USERS.manager)).catch((e) => e))).toBe('CONFLICT');
    expect(await resolver.slipMonthClosures('SZ01', 2026, ctx(orm, USERS.deputy))).toHaveLength(1);
  });

  it('closing a month while slips are being recorded counts exactly the slips that made it', async () => {
    const results = await Promise.allSettled([
      ...Array.from({ length: 10 }, (_, i) => record(orm, slip(i, { date: '2026-09-10' }))),
      resolver.closeSlipMonth('SZ01', '2026-09', ctx(orm, USERS.clerk)),
      ...Array.from({ length: 10 }, (_, i) => record(orm, slip(i + 10, { date: '2026-09-11' }))),
    ]);
    const closure = results[10];
    expect(closure.status).toBe('fulfilled');
    const recorded = results.filter((r, i) => i !== 10 && r.status === 'fulfilled').length;
    const refused = results.filter((r) => r.status === 'rejected');
    refused.forEach((r) => expect(codeOf((r as PromiseRejectedResult).reason)).toBe('CONFLICT'));
    expect(recorded + refused.length).toBe(20);
    expect((closure as PromiseFulfilledResult<{ slipCount: number; lastNumber: string }>).value.slipCount).toBe(recorded);
    expect(await orm.em.fork().count(ConfirmationSlip, { month: '2026-09' })).toBe(recorded);
    // Gap-free all the same: numbers 1..recorded.
    const seqs = (await orm.em.fork().find(ConfirmationSlip, {}, { orderBy: { seq: 'asc' } })).map((s) => s.seq);
    expect(seqs).toEqual(Array.from({ length: recorded }, (_, i) => i + 1));
  });

  it('refuses what is not a slip, and who is not the archive clerk, writing nothing', async () => {
    const bad = await record(
      orm,
      slip(1, { employeeId: 'E2001', customerName: ' ', accountNumber: null, customerReference: null, date: '2026-02-30', fileRef: '' }),
    ).catch((e) => e);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.extensions.problems.map((p: { field: string }) => p.field).sort()).toEqual(['accountNumber', 'customerName', 'date', 'employeeId', 'fileRef']);
    expect(codeOf(await record(orm, slip(2, { date: '2099-01-01' })).catch((e) => e))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record(orm, slip(3), USERS.manager).catch((e) => e))).toBe('FORBIDDEN');
    expect(codeOf(await resolver.closeSlipMonth('SZ01', '2026-09', ctx(orm, USERS.managerGz)).catch((e) => e))).toBe('FORBIDDEN');
    expect(codeOf(await resolver.closeSlipMonth('SZ01', '2099-01', ctx(orm, USERS.clerk)).catch((e) => e))).toBe('BAD_USER_INPUT');
    expect(await orm.em.fork().count(ConfirmationSlip, {})).toBe(0);
    expect((await record(orm, slip(4))).number).toBe('SZ01-2026-000001');
  });

  it('lets the branch, head office, the team lead and the manager themself read slips', async () => {
    for (let i = 0; i < 3; i++) await record(orm, slip(i));
    await record(orm, slip(3, { employeeId: 'E1002' }));
    await record(orm, slip(4, { employeeId: 'E1201' }));
    const list = (who: (typeof USERS)[keyof typeof USERS], page?: { first: number; after?: string | null }) =>
      resolver.confirmationSlips({ branchId: 'SZ01', month: '2026-10', page }, ctx(orm, who));
    for (const who of [USERS.clerk, USERS.manager, USERS.deputy, USERS.brokerage, USERS.channel, USERS.executive]) {
      expect((await list(who)).totalCount).toBe(5);
    }
    expect((await list(USERS.teamLead)).nodes.map((s) => s.employeeId)).toEqual(['E1001', 'E1001', 'E1001', 'E1002']);
    expect((await list(USERS.zhang)).nodes.map((s) => s.employeeId)).toEqual(['E1001', 'E1001', 'E1001']);
    expect((await list(USERS.liu)).totalCount).toBe(1);
    for (const who of [USERS.clerkGz, USERS.managerGz, USERS.finance]) expect(codeOf(await list(who).catch((e) => e))).toBe('FORBIDDEN');

    const first = await list(USERS.clerk, { first: 2 });
    expect(first.nodes.map((s) => s.seq)).toEqual([1, 2]);
    const second = await list(USERS.clerk, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((s) => s.seq)).toEqual([3, 4]);

    expect((await resolver.confirmationSlip('sz01-2026-000004', ctx(orm, USERS.liu))).employeeId).toBe('E1002');
    expect(codeOf(await resolver.confirmationSlip('SZ01-2026-000004', ctx(orm, USERS.zhang)).catch((e) => e))).toBe('FORBIDDEN');
    expect(codeOf(await resolver.confirmationSlip('SZ01-2026-000099', ctx(orm, USERS.clerk)).catch((e) => e))).toBe('NOT_FOUND');
  });
});
