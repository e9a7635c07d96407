/**
 * The raw-SQL helpers on SQLite and PostgreSQL (when TEST_DATABASE_URL names a server):
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest packages/db/src/sql
 */
import 'reflect-metadata';
import { BigIntType, Entity, PrimaryKey, Property, type MikroORM } from '@mikro-orm/core';
import { escapeLike, findDetached, LIKE_ESCAPE, openScratchDatabase, queryBound, selectRows, testDialects, whereLike, type ScratchDatabase } from './index';

@Entity({ tableName: 'like_probe' })
class LikeProbe {
  @PrimaryKey({ type: 'string' }) id!: string;
  @Property({ type: 'text' }) displayName!: string;
}

@Entity({ tableName: 'detached_probe' })
class DetachedProbe {
  @PrimaryKey({ type: 'string' }) id!: string;
  @Property({ type: 'string', nullable: true }) teamId: string | null = null;
  @Property({ type: 'integer' }) count!: number;
  @Property({ type: new BigIntType('number') }) amountFen!: number;
  @Property({ type: 'double', nullable: true }) score: number | null = null;
  @Property({ type: 'boolean' }) passed!: boolean;
  @Property({ type: 'datetime' }) recordedAt!: Date;
  get amountYuan(): string {
    return (this.amountFen / 100).toFixed(2);
  }
}

const NAMES = ['100% 达标', '100 分', 'a_b', 'axb', 'C:\\temp', 'C:temp', '王_小明', '王大明'];

it('escapes LIKE wildcards and the escape character', () => {
  expect(escapeLike('100%_\\x')).toBe('100\\%\\_\\\\x');
  expect(escapeLike('plain 文字')).toBe('plain 文字');
});

describe.each(testDialects())('raw SQL helpers on %s', (_name, url, enabled) => {
  if (!enabled) {
    it.skip('needs TEST_DATABASE_URL', () => undefined);
    return;
  }
  let db: ScratchDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await openScratchDatabase({ entities: [LikeProbe, DetachedProbe], postgresUrl: url, prefix: 'bg_db_sql' });
    orm = db.orm;
    const em = orm.em.fork();
    for (const [i, displayName] of NAMES.entries()) em.create(LikeProbe, { id: `p${i}`, displayName });
    await em.flush();
  });
  afterAll(() => db?.close());

  const found = async (pattern: string) => {
    const em = orm.em.fork();
    const [rows, count] = await em.findAndCount(LikeProbe, whereLike('display_name', pattern), { orderBy: { id: 'asc' } });
    expect(count).toBe(rows.length);
    return rows.map((r) => r.displayName);
  };

  it('matches %, _ and \\ literally when escaped (find and count)', async () => {
    expect(await found(`${escapeLike('100%')}%`)).toEqual(['100% 达标']);
    expect(await found(`%${escapeLike('a_b')}%`)).toEqual(['a_b']);
    expect(await found(`${escapeLike('王_')}%`)).toEqual(['王_小明']);
    expect(await found(`${escapeLike('C:\\')}%`)).toEqual(['C:\\temp']);
  });

  it('keeps the wildcards that are not escaped', async () => {
    expect(await found('a_b')).toEqual(['a_b', 'axb']);
    expect(await found('王%')).toEqual(['王_小明', '王大明']);
  });

  it('reads the same in plain SQL with LIKE_ESCAPE', async () => {
    const rows = await selectRows<{ display_name: string }>(
      orm.em.fork(),
      `select display_name from like_probe where display_name like ? ${LIKE_ESCAPE} order by id`,
      [`%${escapeLike('%')}%`],
    );
    expect(rows.map((r) => r.display_name)).toEqual(['100% 达标']);
  });

  it('binds values (many of them) and runs in the transaction, or refuses to run outside one', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `p${i}`);
    const rows = await queryBound<{ id: string }>(orm.em.fork(), `select id from like_probe where id in (${ids.map(() => '?').join(', ')}) order by id`, ids);
    expect(rows.map((r) => r.id)).toEqual(NAMES.map((_, i) => `p${i}`));

    await expect(queryBound(orm.em.fork(), 'select 1', [], { requireTransaction: true })).rejects.toThrow(/needs a transaction/);
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await queryBound(tx, 'insert into like_probe (id, display_name) values (?, ?)', ['tx1', 'inside'], { requireTransaction: true });
        // Visible inside the transaction, gone after the rollback.
        expect(await queryBound<{ n: number | string }>(tx, 'select count(*) as n from like_probe where id = ?', ['tx1'])).toEqual([{ n: expect.anything() }]);
        expect(Number((await queryBound<{ n: number | string }>(tx, 'select count(*) as n from like_probe where id = ?', ['tx1']))[0].n)).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await queryBound(orm.em.fork(), 'select id from like_probe where id = ?', ['tx1'])).toEqual([]);
  });

  it('reads detached instances holding what the managed entities hold, getters included, outside the identity map', async () => {
    const at = new Date('2026-11-02T03:04:05.678Z');
    const seed = orm.em.fork();
    seed.create(DetachedProbe, { id: 'd1', teamId: 'T1', count: 3, amountFen: 123_456_789_012, score: 61.5, passed: true, recordedAt: at } as DetachedProbe);
    seed.create(DetachedProbe, { id: 'd2', count: 0, amountFen: -5, passed: false, recordedAt: at } as DetachedProbe);
    seed.create(DetachedProbe, { id: 'd3', count: 1, amountFen: 1, passed: true, recordedAt: at } as DetachedProbe);
    await seed.flush();
    const em = orm.em.fork();
    const managed = await em.find(DetachedProbe, { id: { $in: ['d1', 'd2'] } }, { orderBy: { id: 'desc' } });
    const detachedEm = orm.em.fork();
    const detached = await findDetached(detachedEm, DetachedProbe, { id: { $in: ['d1', 'd2'] } }, { orderBy: { id: 'desc' } });
    expect(detached.map((d) => ({ ...d }))).toEqual(managed.map((m) => ({ ...m })));
    expect(detached[1]).toMatchObject({ id: 'd1', teamId: 'T1', count: 3, amountFen: 123_456_789_012, score: 61.5, passed: true, recordedAt: at });
    expect(detached[0]).toMatchObject({ id: 'd2', teamId: null, score: null, passed: false });
    expect(detached[1]).toBeInstanceOf(DetachedProbe);
    expect(detached[1].amountYuan).toBe('1234567890.12');
    expect(detachedEm.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
    // The criteria em.find takes: nested, on dates and nulls.
    const some = await findDetached(detachedEm, DetachedProbe, {
      $or: [
        { teamId: null, passed: true },
        { recordedAt: { $lt: at }, count: 3 },
      ],
    });
    expect(some.map((d) => d.id)).toEqual(['d3']);
  });
});
