// One consumer replica as a process of its own (replicated.e2e.test.ts starts two and SIGKILLs one
// mid-batch): the built @bg/events (outbox/inbox/KafkaTransport) on the consumer database, applying
// this run's EmployeeHired events to `effect` (applications per aggregate, order breaks) and
// counting its own share in `replica_share`, all in the inbox's transaction.
//   node infra/e2e/consumer-replica.cjs <database url> <brokers> <group> <aggregate prefix> <replica name>
require('reflect-metadata');
const { MikroORM } = require('@mikro-orm/core');
const { ormOptions } = require('@bg/db');
const { InboxEntry, KafkaTransport, inboxBatchHandler, inboxHandler } = require('@bg/events');

const [databaseUrl, brokers, group, prefix, replica] = process.argv.slice(2);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const orm = await MikroORM.init(ormOptions({ databaseUrl, entities: [InboxEntry], migrations: { sqlite: [], postgresql: [] } }));
  const exec = (em, sql, params) => em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
  const handlers = {
    EmployeeHired: async (em, e) => {
      if (!e.subject.startsWith(prefix)) return;
      const n = Number(String(e.data.name).slice(1));
      await sleep(2); // work that takes time, so that a kill lands inside a batch
      await exec(
        em,
        'insert into effect (aggregate, last_n, applied, out_of_order) values (?, ?, 1, case when ? = 1 then 0 else 1 end) ' +
          'on conflict (aggregate) do update set out_of_order = effect.out_of_order + case when excluded.last_n = effect.last_n + 1 then 0 else 1 end, last_n = excluded.last_n, applied = effect.applied + 1',
        [e.subject, n, n],
      );
      await exec(em, 'insert into replica_share (replica, applied) values (?, 1) on conflict (replica) do update set applied = replica_share.applied + 1', [
        replica,
      ]);
    },
  };
  const transport = new KafkaTransport({ brokers: brokers.split(','), clientId: `${group}-${replica}`, batchSize: 200, commitEvery: 100 });
  await transport.subscribe({
    group,
    topics: ['personnel.employee'],
    handler: inboxHandler(orm, 'attendance', handlers),
    batchHandler: inboxBatchHandler(orm, 'attendance', handlers),
  });
  process.stdout.write('ready\n');
  process.on('SIGTERM', async () => {
    await transport.close();
    await orm.close(true);
    process.exit(0);
  });
}

main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
