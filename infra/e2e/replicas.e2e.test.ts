/**
 * Two replicas of every process: the gateway and the four subgraphs twice each, on their own ports
 * (replica n of a process on its usual port + 100 x n), behind round-robin proxies on 4000-4004
 * (infra/processes: startReplicated, round-robin-proxy.ts), the replicas of a service on one database
 * and one consumer group. On the real parts (the suite's Kafka: the single broker).
 *
 * The month-end walk (month-end-walk.ts, the steps month-end.e2e.test.ts runs on single processes)
 * runs through it on databases of its own (`replicas_<service>`, made afresh); right after its first
 * step (three months closed: AttendanceMonthClosed events being relayed by attendance and consumed
 * by performance) the second replica of every subgraph and of the gateway is SIGKILLed, and the walk
 * goes on with the survivors. Then every effect is counted in the consumers' databases:
 * - every event in any service's outbox on a topic a service consumes, of a type it handles, is in
 *   that consumer's inbox (nothing lost);
 * - `known_employee.version` of every employee, in every consuming service, equals the number of
 *   personnel.employee events about that employee in personnel's outbox (nothing applied twice);
 * - and the walk's own checks (payroll nets, one pay report filing, E1002 at L3, the outlet's hours).
 * Printed per replica: requests served (by its proxy), events consumed and events relayed (its
 * /metrics; the killed replicas' as they were just before the kill).
 *
 * The consumer groups of the four services are moved to the end of every topic before the graph
 * starts and after it stops, so that this graph and the other e2e files' (other databases, same
 * groups) never read each other's events.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel, AssignerProtocol } from 'kafkajs';
import { Client } from 'pg';
import { attendance } from '@bg/attendance';
import { performance } from '@bg/performance';
import { personnel } from '@bg/personnel';
import { recruitment } from '@bg/recruitment';
import { PROCESS_NAMES, startReplicated, type ProcessName, type ReplicatedGraph } from '@bg/processes';
import { monthEndWalk } from './month-end-walk';
import { ask, hire, metricAt, parts, sql, waitFor } from './support';

const PREFIX = 'replicas_';
const SERVICES = { personnel, attendance, performance, recruitment };
type ServiceName = keyof typeof SERVICES;
const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];
const db = (service: string) => `${PREFIX}${service}`;

const kafka = new Kafka({ clientId: 'e2e-replicas', brokers: parts.kafkaBrokers.split(','), logLevel: logLevel.NOTHING });

/**
 * Commits the end of every topic for the services' consumer groups (no member may be running), with
 * Kafka's own ConsumerGroupCommand: one JVM for all groups and topics (kafkajs' admin.setOffsets joins
 * the group once per topic, minutes for 26 topics x 4 groups on a loaded machine).
 */
async function moveGroupsToTheEnd(): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics().finally(() => admin.disconnect())).filter((t) => !t.startsWith('__'));
  const local = join(__dirname, '..', 'local');
  const libs = join(process.env.BG_INFRA_CACHE ?? join(local, '.cache'), 'kafka', 'libs', '*');
  execFileSync(
    process.env.KAFKA_JAVA_HOME ? join(process.env.KAFKA_JAVA_HOME, 'bin', 'java') : 'java',
    [
      '-Xmx256m',
      '-XX:TieredStopAtLevel=1',
      `-Dlog4j2.configurationFile=${join(local, 'kafka', 'log4j2-tools.properties')}`,
      '-cp',
      libs,
      'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
      '--bootstrap-server',
      parts.kafkaBrokers,
      '--reset-offsets',
      '--to-latest',
      '--execute',
      ...SERVICE_NAMES.flatMap((g) => ['--group', g]),
      ...topics.flatMap((t) => ['--topic', t]),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 },
  );
}

/** The services' consumer groups once both replicas of each have joined: members per group and their topics. */
async function stableGroups(): Promise<Record<string, string[]>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await waitFor(
      'both replicas of every consuming service in their group',
      async () => {
        const { groups } = await admin.describeGroups(SERVICE_NAMES);
        if (!groups.every((g) => g.state === 'Stable' && g.members.length === 2)) return null;
        return Object.fromEntries(groups.map((g) => [g.groupId, AssignerProtocol.MemberMetadata.decode(g.members[0].memberMetadata)!.topics]));
      },
      120_000,
      1000,
    );
  } finally {
    await admin.disconnect();
  }
}

interface Share {
  served: number;
  consumed: number;
  relayed: number;
  killed: boolean;
}

let graph: ReplicatedGraph | undefined;
const shares = new Map<string, Share>();

async function snapshot(name: ProcessName, index: number, killed: boolean): Promise<void> {
  const replica = graph!.replicas[name][index];
  const ports = replica.metricsPorts;
  const served = graph!.proxies[name].served()[index];
  const consumed = name === 'gateway' ? 0 : await metricAt(ports, 'events_consumed_total');
  const relayed = name === 'gateway' ? 0 : await metricAt(ports, 'events_relayed_total');
  shares.set(replica.label, { served, consumed, relayed, killed });
}

beforeAll(async () => {
  const admin = new Client({ connectionString: `${parts.postgresUrl}/postgres` });
  await admin.connect();
  for (const s of SERVICE_NAMES) {
    await admin.query(`drop database if exists ${db(s)} with (force)`);
    await admin.query(`create database ${db(s)}`);
  }
  await admin.end();
  await moveGroupsToTheEnd();
  graph = await startReplicated({ ...parts, databasePrefix: PREFIX }, 2);
}, 600_000);

afterAll(async () => {
  await graph?.stop();
  await moveGroupsToTheEnd().catch(() => undefined);
});

describe('two replicas of every process behind round-robin proxies', () => {
  const walk = monthEndWalk({ database: db });
  let topicsOf: Record<string, string[]> = {};

  it('walks the month end while one replica of every service and of the gateway is killed after its first step; each replica took its share', async () => {
    topicsOf = await stableGroups();
    // Hires spread over personnel.employee's partitions, so that both replicas of every consuming group get some.
    for (let i = 0; i < 12; i++) await hire(`副本新人${i}`);
    // Queries touching all four subgraphs (the walk itself asks recruitment nothing), so that every replica serves some before the kill.
    for (let i = 0; i < 6; i++) {
      const r = await ask(
        'tl.wang',
        '{ team(id: "SZ01-T1") { members { name attendance(month: "2026-10") { lateArrivals } businessMetrics(month: "2026-10") { newAccounts } trainingRecords { title } } } }',
      );
      expect(r.body.errors).toBeUndefined();
    }
    await walk.prepare();
    await walk.steps[0].run();
    // Mid-walk: the closes' events are on their way from attendance's relay to performance's consumers.
    for (const name of PROCESS_NAMES) await snapshot(name, 1, true);
    await Promise.all(PROCESS_NAMES.map((name) => graph!.replicas[name][1].stop('SIGKILL')));
    for (const step of walk.steps.slice(1)) await step.run();
    for (const name of PROCESS_NAMES) await snapshot(name, 0, false);

    console.log(
      [
        "replicas: share per replica (replica 2 of each SIGKILLed after the walk's first step; its figures as just before the kill):",
        ...[...shares]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(
            ([label, s]) =>
              `  ${label.padEnd(14)} requests served=${s.served}, events consumed=${s.consumed}, events relayed=${s.relayed}${s.killed ? ' (killed)' : ''}`,
          ),
        `  proxies: requests sent on past a dead replica=${PROCESS_NAMES.map((n) => `${n} ${graph!.proxies[n].failovers()}`).join(', ')}`,
      ].join('\n'),
    );
    for (const name of PROCESS_NAMES) {
      for (const index of [1, 2]) {
        const s = shares.get(`${name}-${index}`)!;
        expect({ replica: `${name}-${index}`, served: s.served > 0 }).toEqual({ replica: `${name}-${index}`, served: true });
        if (name !== 'gateway') expect({ replica: `${name}-${index}`, consumed: s.consumed > 0 }).toEqual({ replica: `${name}-${index}`, consumed: true });
      }
    }
  }, 900_000);

  it("lost nothing and applied nothing twice: every event in the consumers' inboxes, known_employee versions equal to the events", async () => {
    // Every outbox published.
    await waitFor(
      'every outbox to be published',
      async () => {
        for (const s of SERVICE_NAMES)
          if (Number((await sql<{ n: string }>(db(s), 'select count(*) as n from outbox_message where sent_at is null'))[0].n)) return false;
        return true;
      },
      120_000,
      500,
    );
    const outbox = (
      await Promise.all(
        SERVICE_NAMES.map((s) =>
          sql<{ event_id: string; topic: string; type: string; key: string }>(db(s), 'select event_id, topic, type, key from outbox_message'),
        ),
      )
    ).flat();
    const report: string[] = [];
    let lostTotal = 0;
    for (const consumer of SERVICE_NAMES) {
      const def = SERVICES[consumer].consumes;
      if (!def) continue;
      const topics = new Set(topicsOf[consumer] ?? def.topics);
      // Events of a type without a handler are skipped by the consumer, not recorded.
      const handled = new Set(Object.keys(def.handlers));
      const want = outbox.filter((e) => topics.has(e.topic) && handled.has(e.type.replace(/\.v\d+$/, ''))).map((e) => e.event_id);
      const inbox = async () =>
        new Set((await sql<{ event_id: string }>(db(consumer), 'select event_id from inbox_entry where consumer = $1', [consumer])).map((r) => r.event_id));
      let seen = new Set<string>();
      await waitFor(
        `${consumer} to have every event of its topics in its inbox`,
        async () => {
          seen = await inbox();
          return want.every((id) => seen.has(id));
        },
        120_000,
        1000,
      ).catch(() => undefined);
      const lost = want.filter((id) => !seen.has(id)).length;
      lostTotal += lost;
      report.push(
        `  ${consumer}: topics ${[...topics].sort().join(', ')}; events of handled types=${want.length}, in the inbox=${want.length - lost}, lost=${lost}`,
      );
    }

    const perEmployee = new Map<string, number>();
    for (const e of outbox) if (e.topic === 'personnel.employee') perEmployee.set(e.key, (perEmployee.get(e.key) ?? 0) + 1);
    let duplicatedTotal = 0;
    let missingTotal = 0;
    for (const consumer of ['attendance', 'performance', 'recruitment'] as const) {
      const rows = await sql<{ id: string; version: number }>(db(consumer), 'select id, version from known_employee');
      const version = new Map(rows.map((r) => [r.id, Number(r.version)]));
      let duplicated = 0;
      let missing = 0;
      for (const [id, events] of perEmployee) {
        const v = version.get(id) ?? 0;
        if (v > events) duplicated += v - events;
        if (v < events) missing += events - v;
      }
      duplicatedTotal += duplicated;
      missingTotal += missing;
      report.push(
        `  ${consumer}: known_employee of ${perEmployee.size} employees, personnel.employee events=${[...perEmployee.values()].reduce((a, b) => a + b, 0)}, applied=${[...version.values()].reduce((a, b) => a + b, 0)}, duplicated=${duplicated}, lost=${missing}`,
      );
    }
    const payReports = await sql<{ n: string }>(db('personnel'), "select count(*) as n from filing where type = 'PAY_REPORT'");
    report.push(`  personnel: pay report filings=${payReports[0].n}`);
    console.log(`replicas: effects after the kills (outbox rows=${outbox.length})\n${report.join('\n')}`);
    expect({ lost: lostTotal, duplicated: duplicatedTotal, missing: missingTotal, payReports: Number(payReports[0].n) }).toEqual({
      lost: 0,
      duplicated: 0,
      missing: 0,
      payReports: 1,
    });
  }, 300_000);
});
