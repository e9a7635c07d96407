/**
 * Filings to head office: numbering, search, access. PostgreSQL runs too when
 * TEST_DATABASE_URL is set (see serials/serials.test.ts).
 */
import type { MikroORM } from '@mikro-orm/core';
import { codeOf, ctx, openTestDb, seedOrganisation, TEST_DIALECTS, USERS, type TestDb } from '../serials/test-db';
import { Filing, FilingType } from './filing.entity';
import { FilingResolver, type FilingsArgs } from './filing.resolver';
import { fileDocument } from './filing.service';

const resolver = new FilingResolver();

describe.each(TEST_DIALECTS)('filings to head office on %s', (_name, url, enabled) => {
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

  const file = (who: (typeof USERS)[keyof typeof USERS], type: FilingType, title: string, date: string, period: string | null = null) =>
    resolver.fileToHeadOffice({ type, title, date, period, fileRef: `cabinet-3/${title}` }, ctx(orm, who));
  const search = (who: (typeof USERS)[keyof typeof USERS], args: FilingsArgs) => resolver.filings(args, ctx(orm, who));

  async function fileSome() {
    await file(USERS.clerk, FilingType.MONTHLY_BUSINESS_REPORT, '2026年9月营业报告', '2026-10-05', '2026-09');
    await file(USERS.manager, FilingType.STAFF_CHANGE, '人员变动 2026-10 (100% 到岗)', '2026-10-20');
    await file(USERS.clerk, FilingType.MONTHLY_BUSINESS_REPORT, '2026年10月营业报告', '2026-11-05', '2026-10');
    await file(USERS.managerGz, FilingType.MONTHLY_BUSINESS_REPORT, '2026年10月营业报告', '2026-11-06', '2026-10');
  }

  it('numbers filings per branch and year, concurrently and gap-free, apart from slips', async () => {
    const filed = await Promise.all(Array.from({ length: 30 }, (_, i) => file(USERS.clerk, FilingType.OTHER, `文件${i}`, '2026-11-02')));
    expect(filed.map((f) => f.number).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `SZ01-F-2026-${String(i + 1).padStart(6, '0')}`));
    expect(filed.every((f) => f.filedBy === 'clerk.arc' && f.branchId === 'SZ01')).toBe(true);
    expect((await file(USERS.managerGz, FilingType.OTHER, 'x', '2026-11-02')).number).toBe('GZ01-F-2026-000001');
  });

  it('searches by number, title, type and date, newest first, paginated', async () => {
    await fileSome();
    const numbers = async (who: (typeof USERS)[keyof typeof USERS], args: FilingsArgs) => (await search(who, args)).nodes.map((f) => f.number);
    expect(await numbers(USERS.clerk, {})).toEqual(['SZ01-F-2026-000003', 'SZ01-F-2026-000002', 'SZ01-F-2026-000001']);
    expect(await numbers(USERS.brokerage, {})).toEqual(['GZ01-F-2026-000001', 'SZ01-F-2026-000003', 'SZ01-F-2026-000002', 'SZ01-F-2026-000001']);
    expect(await numbers(USERS.executive, { number: ' sz01-f-2026-000002 ' })).toEqual(['SZ01-F-2026-000002']);
    expect(await numbers(USERS.channel, { titleContains: '10月' })).toEqual(['GZ01-F-2026-000001', 'SZ01-F-2026-000003']);
    expect(await numbers(USERS.channel, { titleContains: '100%' })).toEqual(['SZ01-F-2026-000002']);
    expect(await numbers(USERS.channel, { titleContains: '%' })).toEqual(['SZ01-F-2026-000002']);
    expect(await numbers(USERS.channel, { titleContains: '_' })).toEqual([]);
    expect(await numbers(USERS.channel, { branchId: 'SZ01', type: FilingType.MONTHLY_BUSINESS_REPORT })).toEqual(['SZ01-F-2026-000003', 'SZ01-F-2026-000001']);
    expect(await numbers(USERS.deputy, { from: '2026-10-06', to: '2026-11-05' })).toEqual(['SZ01-F-2026-000003', 'SZ01-F-2026-000002']);
    expect(await numbers(USERS.deputy, { from: '2026-10-05', to: '2026-10-05' })).toEqual(['SZ01-F-2026-000001']);

    const page1 = await search(USERS.brokerage, { page: { first: 3 } });
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await search(USERS.brokerage, { page: { first: 3, after: page1.pageInfo.endCursor } });
    expect(page2.nodes.map((f) => f.number)).toEqual(['SZ01-F-2026-000001']);

    expect((await resolver.filing('SZ01-F-2026-000001', ctx(orm, USERS.manager))).title).toBe('2026年9月营业报告');
  });

  it('keeps branch staff to their branch and refuses bad searches', async () => {
    await fileSome();
    expect(codeOf(await search(USERS.clerk, { branchId: 'GZ01' }).catch((e) => e))).toBe('FORBIDDEN');
    expect(codeOf(await search(USERS.finance, {}).catch((e) => e))).toBe('FORBIDDEN');
    expect(codeOf(await search(USERS.zhang, {}).catch((e) => e))).toBe('FORBIDDEN');
    expect(codeOf(await resolver.filing('GZ01-F-2026-000001', ctx(orm, USERS.clerk)).catch((e) => e))).toBe('FORBIDDEN');
    expect(codeOf(await resolver.filing('SZ01-F-2026-000099', ctx(orm, USERS.clerk)).catch((e) => e))).toBe('NOT_FOUND');
    const bad = await search(USERS.clerk, { from: '2026-11-01', to: '2026-10-01' }).catch((e) => e);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.extensions.problems).toEqual([{ field: 'to', problem: '2026-10-01 is before 2026-11-01' }]);
  });

  it('refuses a bad filing, and filing by those who may not, writing nothing', async () => {
    const bad = await resolver
      .fileToHeadOffice({ type: 'NOPE' as FilingType, title: '', date: '2026-13-01', period: '2026-1', fileRef: ' ' }, ctx(orm, USERS.clerk))
      .catch((e) => e);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.extensions.problems.map((p: { field: string }) => p.field).sort()).toEqual(['date', 'fileRef', 'period', 'title', 'type']);
    expect(codeOf(await file(USERS.deputy, FilingType.OTHER, 'x', '2026-11-01').catch((e) => e))).toBe('FORBIDDEN');
    expect(await orm.em.fork().count(Filing, {})).toBe(0);
    expect((await file(USERS.clerk, FilingType.OTHER, 'x', '2026-11-01')).number).toBe('SZ01-F-2026-000001');
  });

  it("fileDocument files a pay report once per payroll, in the caller's transaction or its own", async () => {
    const payReport = (payrollId: string) => ({
      branchId: 'SZ01',
      type: FilingType.PAY_REPORT,
      title: '工资表 2026-10',
      period: '2026-10',
      date: '2026-11-10',
      fileRef: `performance:payroll/${payrollId}`,
      filedBy: 'system:performance',
      sourceRef: `payroll:${payrollId}`,
    });
    const first = await fileDocument(orm.em.fork(), payReport('P1'));
    expect(first).toMatchObject({ number: 'SZ01-F-2026-000001', type: 'PAY_REPORT', filedBy: 'system:performance' });
    // Redelivered (twice at once): the same filing, no number used.
    const again = await Promise.all([fileDocument(orm.em.fork(), payReport('P1')), fileDocument(orm.em.fork(), payReport('P1'))]);
    expect(again.map((f) => f.number)).toEqual([first.number, first.number]);
    // Inside a consumer's transaction that then fails: nothing filed, no number used.
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await fileDocument(tx, payReport('P2'));
        throw new Error('consumer failed');
      }),
    ).rejects.toThrow('consumer failed');
    expect((await orm.em.fork().transactional((tx) => fileDocument(tx, payReport('P3')))).number).toBe('SZ01-F-2026-000002');
    expect(codeOf(await fileDocument(orm.em.fork(), { ...payReport('P4'), branchId: 'XX99' }).catch((e) => e))).toBe('BAD_USER_INPUT');
    expect(await orm.em.fork().count(Filing, {})).toBe(2);
  });
});
