/**
 * bulkInsert on SQLite and PostgreSQL (when TEST_DATABASE_URL names a server: a scratch database
 * is created there and dropped afterwards):
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest packages/db/src/bulk
 */
import 'reflect-metadata';
import { Entity, PrimaryKey, Property, type MikroORM } from '@mikro-orm/core';
import { arrayLiteral, bulkInsert, openScratchDatabase, testDialects, type ScratchDatabase } from './index';

@Entity({ tableName: 'bulk_probe' })
class BulkProbe {
  @PrimaryKey({ type: 'string', length: 36 }) probeId!: string;
  @Property({ type: 'text', nullable: true }) label: string | null = null;
  @Property({ type: 'integer' }) count = 0;
  @Property({ type: 'bigint' }) amountFen!: string;
  @Property({ type: 'double' }) share = 0;
  @Property({ type: 'boolean' }) active = false;
  @Property({ type: 'datetime' }) at!: Date;
}

const COLUMNS = { probeId: 'text', label: 'text', count: 'int', amountFen: 'bigint', share: 'float8', active: 'boolean', at: 'timestamptz' } as const;

it('writes a PostgreSQL array literal, quoting every string', () => {
  const rows = [
    { v: 'a' },
    { v: null },
    { v: 'say "hi", {ok}' },
    { v: 'C:\\dir' },
    { v: 'NULL' },
    { v: 7 },
    { v: true },
    { v: new Date('2026-10-01T00:00:00Z') },
    {},
  ];
  expect(arrayLiteral(rows, 'v')).toBe('{"a",NULL,"say \\"hi\\", {ok}","C:\\\\dir","NULL",7,t,"2026-10-01T00:00:00.000Z",NULL}');
});

describe.each(testDialects())('bulkInsert on %s', (_name, url, enabled) => {
  if (!enabled) {
    it.skip('needs TEST_DATABASE_URL', () => undefined);
    return;
  }
  let db: ScratchDatabase;
  let orm: MikroORM;
  beforeEach(async () => {
    db = await openScratchDatabase({ entities: [BulkProbe], postgresUrl: url, prefix: 'bg_db_test' });
    orm = db.orm;
  });
  afterEach(() => db.close());

  it('inserts rows keyed by property, values as the ORM reads them back', async () => {
    const at = new Date('2026-10-31T16:00:00.123Z');
    await bulkInsert(orm.em.fork(), 'bulk_probe', COLUMNS, [
      { probeId: 'p1', label: 'say "hi", {ok} \\ 你好', count: 3, amountFen: 12_345_678_901, share: 0.5, active: true, at },
      { probeId: 'p2', count: 0, amountFen: 0, share: 0, active: false, at },
    ]);
    const [p1, p2] = await orm.em.fork().find(BulkProbe, {}, { orderBy: { probeId: 'asc' } });
    expect(p1).toMatchObject({ probeId: 'p1', label: 'say "hi", {ok} \\ 你好', count: 3, amountFen: '12345678901', share: 0.5, active: true, at });
    expect(p2).toMatchObject({ probeId: 'p2', label: null, active: false });
  });

  const rows = Array.from({ length: 40_000 }, (_, i) => ({ probeId: `p${i}`, count: i, amountFen: i, share: 0, active: false, at: new Date() }));

  it("writes in the EntityManager's transaction", async () => {
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await bulkInsert(tx, 'bulk_probe', COLUMNS, rows);
        expect(await tx.count(BulkProbe)).toBe(40_000);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await orm.em.fork().count(BulkProbe)).toBe(0);
  });

  it('writes 40,000 rows (beyond one SQLite statement), skipping conflicts when asked', async () => {
    await bulkInsert(orm.em.fork(), 'bulk_probe', COLUMNS, rows);
    // (toMatchObject, not toThrow: better-sqlite3's native error class may come from another test file's realm)
    await expect(bulkInsert(orm.em.fork(), 'bulk_probe', COLUMNS, rows.slice(0, 1))).rejects.toMatchObject({ message: expect.stringMatching(/unique/i) });
    await bulkInsert(orm.em.fork(), 'bulk_probe', COLUMNS, [...rows.slice(0, 1), { ...rows[0], probeId: 'new' }], { ignoreConflicts: ['probe_id'] });
    expect(await orm.em.fork().count(BulkProbe)).toBe(40_001);
    expect((await orm.em.fork().findOneOrFail(BulkProbe, 'p39999')).count).toBe(39_999);
  });
});
