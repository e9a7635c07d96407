/**
 * `npm run load:scale`: the company at scale on the real parts, for the load scenarios — 50
 * branches, 10,009 client managers, their branch staff and team leads, a year of CRM figures,
 * two months of attendance (packages/service demo-company.ts, DEMO_COMPANY=scale) — in one go:
 *  1. an empty broker and fresh service databases (infra/local);
 *  2. Keycloak realm `branch-graph-scale`: the realm export of infra/keycloak with the demo users,
 *     every branch's staff and team lead of the company at scale, and the first
 *     BG_SCALE_MANAGERS_PER_TEAM (default 5) client managers of each team — 1,000-odd client
 *     managers, whose payslips the month-end mix opens in turn (Keycloak's partial import takes
 *     seconds per hundred users; a cluster's directory would have them all) — password `demo`, so
 *     tokens come by direct grant as in production; the realm stores the passwords with 1,000
 *     PBKDF2 rounds instead of Keycloak's default, which would spend the machine's CPU on logins
 *     (a load-test realm only);
 *  3. the gateway and the four services as separate processes with DEMO_COMPANY=scale: personnel
 *     hires everyone through its outbox, the other services learn them over Kafka, and each seeds
 *     its figures;
 *  4. waits until every consuming service knows every employee and every consumer group has read
 *     everything the seeding published (no catch-up left to load the machine during a run), writes the run's ids and usernames
 *     to load-tests/scale-data.json (BG_DATA_FILE of both load runners), and keeps the graph up
 *     until Ctrl-C.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { DEMO_USERS, type DemoUser } from '@bg/auth';
import { freshRealParts, localRealParts, startAll, stopAll, type ProcessName, type RealParts, type ServiceProcess } from '@bg/processes';
import type { ScenarioData } from '../scenarios/definitions';

process.env.DEMO_COMPANY = 'scale'; // before @bg/service builds the company (and for the processes started below)
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after DEMO_COMPANY is set
const company = require('@bg/service') as typeof import('@bg/service');

const ROOT = join(__dirname, '..', '..', '..');
export const REALM = 'branch-graph-scale';
const PASSWORD = 'demo';
const ROUNDS = 1_000;
const CONSUMERS = ['attendance', 'performance', 'recruitment'];
export const DATA_FILE = join(ROOT, 'load-tests', 'scale-data.json');

const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;

/** Keycloak's stored form of a PBKDF2-SHA512 password (one hash for every user: same password, same salt). */
function storedPassword(): { secretData: string; credentialData: string } {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(PASSWORD, salt, ROUNDS, 64, 'sha512');
  return {
    secretData: JSON.stringify({ value: hash.toString('base64'), salt: salt.toString('base64'), additionalParameters: {} }),
    credentialData: JSON.stringify({ hashIterations: ROUNDS, algorithm: 'pbkdf2-sha512', additionalParameters: {} }),
  };
}

function realmUser(u: DemoUser, credential: { secretData: string; credentialData: string }): object {
  const attributes: Record<string, string[]> = {};
  for (const k of ['employee_id', 'branch_id', 'team_id', 'group_id'] as const) if (u[k]) attributes[k] = [u[k]!];
  return {
    username: u.username,
    enabled: true,
    emailVerified: true,
    firstName: u.name,
    email: `${u.username}@branch-graph.local`,
    attributes,
    credentials: [{ type: 'password', temporary: false, ...credential }],
    realmRoles: u.roles,
    requiredActions: [],
  };
}

/** A request of Keycloak's admin API, with a fresh admin token each time (the master realm's live a minute). */
async function keycloak(path: string, init: RequestInit = {}): Promise<Response> {
  const { keycloakUrl } = localRealParts();
  const admin = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
      password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
    }),
  });
  const token = ((await admin.json()) as { access_token?: string }).access_token;
  if (!token) throw new Error(`Keycloak admin login refused (${admin.status})`);
  return fetch(`${keycloakUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
}

/** The realm export with every user of the company at scale, replacing an earlier one. */
export async function createRealm(users: DemoUser[]): Promise<void> {
  const exported = JSON.parse(readFileSync(join(ROOT, 'infra', 'keycloak', 'branch-graph-realm.json'), 'utf8')) as Record<string, unknown>;
  const { users: _demoUsers, id: _id, ...realm } = exported;
  await keycloak(`/admin/realms/${REALM}`, { method: 'DELETE' });
  const created = await keycloak('/admin/realms', {
    method: 'POST',
    body: JSON.stringify({
      ...realm,
      realm: REALM,
      displayName: 'Branch Graph (load tests at scale)',
      passwordPolicy: `hashAlgorithm(pbkdf2-sha512) and hashIterations(${ROUNDS})`,
    }),
  });
  if (!created.ok) throw new Error(`Keycloak refused realm ${REALM}: ${created.status} ${await created.text()}`);
  const credential = storedPassword();
  for (let i = 0; i < users.length; i += 100) {
    const res = await keycloak(`/admin/realms/${REALM}/partialImport`, {
      method: 'POST',
      body: JSON.stringify({ ifResourceExists: 'OVERWRITE', users: users.slice(i, i + 100).map((u) => realmUser(u, credential)) }),
    });
    if (!res.ok) throw new Error(`Keycloak refused users ${i}..: ${res.status} ${(await res.text()).slice(0, 300)}`);
  }
}

/** The users of the realm: the demo users, every branch's staff and team lead, the first `perTeam` client managers of each team. */
export function realmUsers(perTeam = Number(process.env.BG_SCALE_MANAGERS_PER_TEAM ?? 5)): DemoUser[] {
  const taken = new Map<string, number>();
  return [...DEMO_USERS, ...company.SCALE_USERS].filter((u) => {
    if (!u.roles.includes('client-manager') || !u.team_id || DEMO_USERS.includes(u)) return true;
    const n = (taken.get(u.team_id) ?? 0) + 1;
    taken.set(u.team_id, n);
    return n <= perTeam;
  });
}

/** The ids and usernames the scenarios use on this company (its users in the realm). */
export function scaleData(): ScenarioData {
  const all = realmUsers();
  const withRole = (branch: string, role: string) => all.find((u) => u.branch_id === branch && u.roles.includes(role))?.username;
  const branchStaff: ScenarioData['branchStaff'] = {};
  for (const b of company.DEMO_BRANCHES) {
    const staff = {
      finance: withRole(b.id, 'branch-finance'),
      deputy: withRole(b.id, 'branch-deputy-manager'),
      manager: withRole(b.id, 'branch-manager'),
      clerk: withRole(b.id, 'attendance-clerk'),
    };
    if (staff.finance && staff.deputy && staff.manager && staff.clerk) branchStaff[b.id] = staff as ScenarioData['branchStaff'][string];
  }
  const teamLeads = Object.fromEntries(all.filter((u) => u.roles.includes('team-lead') && u.team_id).map((u) => [u.team_id!, u.username]));
  const managers = all.filter((u) => u.roles.includes('client-manager'));
  return {
    branches: company.DEMO_BRANCHES.map((b) => b.id),
    teams: company.DEMO_TEAMS.map((t) => t.id),
    month: '2026-10',
    managers: managers.map((u) => u.username),
    managerEmployees: managers.map((u) => u.employee_id),
    teamLeads,
    branchStaff,
  };
}

async function count(service: string, table: string): Promise<number> {
  const db = new Client({ connectionString: `${localRealParts().postgresUrl}/${service}` });
  await db.connect();
  try {
    return Number((await db.query(`select count(*) as n from ${table}`)).rows[0].n);
  } catch {
    return 0; // not migrated yet
  } finally {
    await db.end();
  }
}

/** Messages the services' consumer groups have yet to read, over every topic they read. */
async function consumerLag(brokers: string[]): Promise<{ total: number; byGroup: Record<string, number> }> {
  const admin = new Kafka({ clientId: 'load-scale', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const byGroup: Record<string, number> = {};
    const ends = new Map<string, Map<number, number>>(); // each topic's end offsets, fetched once however many groups read it
    const endsOf = async (topic: string) => {
      let e = ends.get(topic);
      if (!e) ends.set(topic, (e = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, Number(o.offset)]))));
      return e;
    };
    const { groups } = await admin.listGroups();
    for (const { groupId } of groups) {
      let lag = 0;
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        const end = await endsOf(topic);
        for (const p of partitions) lag += Math.max(0, (end.get(p.partition) ?? 0) - Math.max(0, Number(p.offset)));
      }
      byGroup[groupId] = lag;
    }
    return { total: Object.values(byGroup).reduce((a, b) => a + b, 0), byGroup };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Waits until every consumer group has read everything (twice in a row): seeding leaves tens of
 * thousands of events behind the employees themselves (staff-change and document filings in
 * personnel, projections elsewhere), whose catch-up would otherwise load the machine during the run.
 */
export async function untilConsumersCaughtUp(brokers: string[], timeoutMs: number): Promise<void> {
  const t = Date.now();
  let quiet = 0;
  for (;;) {
    const { total, byGroup } = await consumerLag(brokers);
    quiet = total === 0 ? quiet + 1 : 0;
    if (quiet >= 2) break;
    if (Date.now() - t > timeoutMs) throw new Error(`consumers still ${total} messages behind after ${seconds(t)}: ${JSON.stringify(byGroup)}`);
    if (total)
      console.log(
        `consumers ${total} messages behind (${seconds(t)}): ${Object.entries(byGroup)
          .filter(([, n]) => n)
          .map(([g, n]) => `${g} ${n}`)
          .join(', ')}`,
      );
    await new Promise((r) => setTimeout(r, 5_000));
  }
  console.log(`every consumer group has caught up (${seconds(t)})`);
}

/** Steps 1-4: the company at scale loaded, the graph up and quiet, scale-data.json written. */
export async function loadCompany(): Promise<{ processes: Record<ProcessName, ServiceProcess>; parts: RealParts; data: ScenarioData }> {
  const t0 = Date.now();
  const users = realmUsers();
  const employees = company.DEMO_EMPLOYEES.length + company.DEMO_STAFF.length;
  console.log(
    `the company at scale: ${company.DEMO_BRANCHES.length} branches, ${company.DEMO_TEAMS.length} teams, ${company.DEMO_EMPLOYEES.length} client managers, ${company.DEMO_STAFF.length} staff, ${users.length} users`,
  );
  await freshRealParts();
  console.log(`broker emptied, databases fresh (${seconds(t0)})`);
  let t = Date.now();
  await createRealm(users);
  console.log(`Keycloak realm ${REALM}: ${users.length} users (${seconds(t)})`);

  t = Date.now();
  const parts = { ...localRealParts(), keycloakRealm: REALM };
  process.env.LOG_LEVEL ??= 'warn';
  const processes = await startAll(parts, 15 * 60_000);
  console.log(`graph up, seeded (${seconds(t)})`);
  t = Date.now();
  for (;;) {
    const known = await Promise.all(CONSUMERS.map((s) => count(s, 'known_employee')));
    if (known.every((n) => n >= employees)) break;
    if (Date.now() - t > 15 * 60_000) throw new Error(`the consumers know ${known.join(', ')} of ${employees} employees after 15 minutes`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
  console.log(`every consuming service knows all ${employees} employees (${seconds(t)})`);
  await untilConsumersCaughtUp(parts.kafkaBrokers.split(','), 30 * 60_000);
  console.log(`loaded in ${seconds(t0)}`);
  const data = scaleData();
  writeFileSync(DATA_FILE, `${JSON.stringify(data)}\n`);
  return { processes, parts, data };
}

async function main(): Promise<void> {
  const { processes, parts } = await loadCompany();
  console.log(`
The company at scale is up (gateway ${processes.gateway.baseUrl}, realm ${REALM}). In another shell:

  KEYCLOAK_URL=${parts.keycloakUrl} KEYCLOAK_REALM=${REALM} BG_DATA_FILE=${DATA_FILE} npm run load:local -- month-end --ramp 5,10,20 --duration 60
`);
  const stop = async () => {
    await stopAll(processes);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
