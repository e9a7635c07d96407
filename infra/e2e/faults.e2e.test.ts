/**
 * Fault tests on the real parts. Each counts effects in the consumers' databases, not messages:
 * `known_employee.version` goes up once per applied event, so a duplicate effect shows.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { CONSUMERS, ask, hire, metric, parts, projectionEffects, startGraph, waitFor, type Graph } from './support';

const INFRA = join(__dirname, '..', 'local', 'infra.sh');
const infra = (...args: string[]) => execFileSync('bash', [INFRA, ...args], { stdio: 'inherit' });

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

/** Every consumer applied each event exactly once: prints and checks the counts. */
async function expectExactlyOnceEffects(label: string, ids: string[]): Promise<void> {
  for (const service of CONSUMERS) {
    const effects = await waitFor(
      `${service} to apply ${label}`,
      async () => {
        const e = await projectionEffects(service, ids);
        return e.rows === ids.length && e;
      },
      120_000,
    );
    // Give late redeliveries a moment to show up before counting duplicates.
    await new Promise((r) => setTimeout(r, 1000));
    const final = await projectionEffects(service, ids);
    const line = `${label} [${service}]: events produced=${ids.length}, effects applied=${final.applied}, duplicates=${final.applied - final.rows}, lost=${ids.length - final.rows}`;
    console.log(line);
    expect(effects.rows).toBe(ids.length);
    expect(final).toEqual({ rows: ids.length, applied: ids.length });
  }
}

describe('faults', () => {
  it('loses nothing and applies nothing twice when the Kafka broker is down while changes go on', async () => {
    infra('down', 'kafka');
    const ids: string[] = [];
    try {
      for (let i = 0; i < 20; i++) ids.push(await hire(`断网新人${i}`));
      expect(await metric('personnel', 'outbox_backlog', {}, true)).toBe(20);
    } finally {
      infra('up', 'kafka');
    }
    await expectExactlyOnceEffects('broker outage', ids);
    await waitFor('personnel outbox to drain', async () => (await metric('personnel', 'outbox_backlog', {}, true)) === 0);
  });

  it('changes nothing on redelivery after a consumer is killed mid-batch', async () => {
    const attendance = graph.processes.attendance;
    // Small transactions and sparse offset commits: a SIGKILL part-way through the backlog
    // then lands after some effects committed and before their offsets did.
    const crashProne = { EVENTS_BATCH_SIZE: '5', EVENTS_COMMIT_EVERY: '50' };
    const ids: string[] = [];
    let redelivered = 0;
    for (let attempt = 1; attempt <= 3 && redelivered === 0; attempt++) {
      await attendance.stop();
      const batch: string[] = [];
      for (let i = 0; i < 300; i++) batch.push(await hire(`重投新人${attempt}-${i}`));
      ids.push(...batch);
      await attendance.start(crashProne);
      await waitFor(
        'attendance to be part-way through the backlog',
        async () => (await projectionEffects('attendance', batch)).rows >= 30 * attempt,
        60_000,
        10,
      );
      await attendance.stop('SIGKILL');
      console.log(`killed attendance with ${(await projectionEffects('attendance', batch)).rows}/${batch.length} applied`);
      await attendance.start();
      await waitFor('attendance to apply the rest', async () => (await projectionEffects('attendance', batch)).rows === batch.length, 120_000);
      redelivered = await metric('attendance', 'events_consumed_total', { outcome: 'duplicate' });
      console.log(`redeliveries absorbed by the inbox after restart ${attempt}: ${redelivered}`);
    }
    expect(redelivered).toBeGreaterThan(0);
    await expectExactlyOnceEffects('consumer crash', ids);
  });

  it('sends a poison message to the dead-letter topic and keeps the partition flowing', async () => {
    const kafka = new Kafka({ clientId: 'e2e-poison', brokers: [parts.kafkaBrokers], logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const key = `poison-${Date.now()}`;
    // Same key on every partition we may hit: the consumers must skip it and go on.
    await producer.send({ topic: 'personnel.employee', acks: -1, messages: [{ key, value: '{"this is": not an envelope' }] });
    await producer.disconnect();
    const id = await hire('毒消息之后');
    await expectExactlyOnceEffects('after poison', [id]);

    const consumer = kafka.consumer({ groupId: `e2e-dlt-${Date.now()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: 'personnel.employee.dlt', fromBeginning: true });
    const dead: Array<{ key: string; headers: Record<string, string> }> = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        dead.push({ key: message.key?.toString() ?? '', headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])) });
      },
    });
    const mine = await waitFor(
      'the poison message in personnel.employee.dlt (once per consumer group)',
      async () => {
        const found = dead.filter((d) => d.key === key);
        return found.length >= CONSUMERS.length && found;
      },
      60_000,
    );
    await consumer.disconnect();
    console.log(`poison message dead-lettered ${mine.length} times (once per consuming service); error: ${mine[0].headers['x-dlt-error']}`);
    expect(mine[0].headers).toMatchObject({ 'x-dlt-original-topic': 'personnel.employee', 'x-dlt-attempts': '1' });
    expect(mine[0].headers['x-dlt-error']).toMatch(/PoisonMessageError/);
  });

  it('answers with a partial result and a masked error while a subgraph is down, and fully again after', async () => {
    const query = '{ employee(id: "E1001") { name attendance(month: "2026-10") { lateArrivals } businessMetrics(month: "2026-10") { newAccounts } } }';
    const withoutPerformance = '{ employee(id: "E1001") { name attendance(month: "2026-10") { lateArrivals } } }';
    await graph.processes.performance.stop('SIGKILL');
    try {
      const partial = await ask('tl.wang', query);
      expect(partial.status).toBe(200);
      expect(partial.body.data.employee.name).toBe('张伟');
      expect(partial.body.data.employee.businessMetrics).toBeNull();
      expect(partial.body.errors).toHaveLength(1);
      const error = JSON.stringify(partial.body.errors);
      expect(error).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|4003|stack/i);
      console.log(`while performance is down: ${error}`);
      const full = await ask('tl.wang', withoutPerformance);
      expect(full.body.errors).toBeUndefined();
      expect(full.body.data.employee.attendance).toEqual({ lateArrivals: expect.any(Number) });
    } finally {
      await graph.processes.performance.start();
    }
    const again = await ask('tl.wang', query);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.employee.businessMetrics).toEqual({ newAccounts: expect.any(Number) });
  });
});
