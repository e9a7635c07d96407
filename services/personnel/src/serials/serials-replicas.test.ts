/**
 * Serial numbers stay gap-free when several replicas of personnel share one PostgreSQL database:
 * two MikroORM instances (two pools, as two pods have) record slips at once, some transactions
 * rolling back after taking a number; the committed numbers are 1..N without a gap or a repeat.
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest services/personnel/src/serials/serials-replicas
 * (SQLite is one process: serials.test.ts covers it.)
 */
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '@bg/db';
import { ConfirmationSlip } from './confirmation-slip.entity';
import { allocateSerial, formatSerial } from './serial-number';
import { ConfirmationSlipResolver, type RecordSlipInput } from './slip.resolver';
import { ctx, openTestDb, seedOrganisation, TEST_DIALECTS, TEST_ENTITIES, USERS, type TestDb } from './test-db';

const resolver = new ConfirmationSlipResolver();
const slip = (n: number): RecordSlipInput => ({
  employeeId: 'E1001',
  customerName: `客户${n}`,
  accountNumber: `60${String(n).padStart(8, '0')}`,
  date: '2026-10-15',
  fileRef: `box-2026-10/${n}`,
});

const [, [pgName, pgUrl, pgEnabled]] = TEST_DIALECTS;

describe(`serial numbers from two replicas on ${pgName}`, () => {
  if (!pgEnabled) {
    it.skip('needs TEST_DATABASE_URL', () => undefined);
    return;
  }
  let db: TestDb;
  let replicaB: MikroORM;
  beforeEach(async () => {
    db = await openTestDb(pgUrl);
    await seedOrganisation(db.orm.em.fork());
    replicaB = await MikroORM.init(
      ormOptions({ databaseUrl: db.orm.config.get('clientUrl'), entities: TEST_ENTITIES, migrations: { sqlite: [], postgresql: [] } }),
    );
  });
  afterEach(async () => {
    await replicaB.close(true);
    await db.close();
  });

  it('hands out 1..N across both, no gap where a transaction rolled back', async () => {
    const replicas = [db.orm, replicaB];
    const work = Array.from({ length: 60 }, (_, i) => {
      const orm = replicas[i % 2];
      if (i % 10 === 7) {
        // A request that takes a number and then fails: its number is handed out again.
        return orm.em
          .fork()
          .transactional(async (em) => {
            await allocateSerial(em, 'SZ01', 'SLIP', 2026);
            throw new Error('the slip could not be stored');
          })
          .then(
            () => 'committed',
            () => 'rolled back',
          );
      }
      return resolver.recordConfirmationSlip(slip(i), ctx(orm, USERS.clerk)).then(() => 'committed');
    });
    const outcomes = await Promise.all(work);
    const committed = outcomes.filter((o) => o === 'committed').length;
    expect(committed).toBe(54);

    const stored = await replicaB.em.fork().find(ConfirmationSlip, {}, { orderBy: { seq: 'asc' } });

    console.log(
      `two replicas: ${stored.length} slips numbered ${stored[0]?.number} .. ${stored[stored.length - 1]?.number}, ${outcomes.length - committed} rolled back`,
    );
    expect(stored.map((s) => s.seq)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(stored.map((s) => s.number)).toEqual(Array.from({ length: 54 }, (_, i) => formatSerial('SZ01', 'SLIP', 2026, i + 1)));
  });
});
