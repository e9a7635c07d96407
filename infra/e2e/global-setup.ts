import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { localRealParts } from '@bg/processes';

const ROOT = join(__dirname, '..', '..');
const SERVICES = ['personnel', 'attendance', 'performance', 'recruitment'];

/** Starts the real parts (installing them once) and gives every service a fresh database. */
export default async function globalSetup(): Promise<void> {
  const t0 = Date.now();
  // Every run starts from an empty broker as it starts from empty databases: events left on the
  // topics by an earlier run (other databases' employees) would otherwise be consumed again by
  // groups that never read those topics before (subscriptions start from the beginning).
  const infra = join(ROOT, 'infra', 'local', 'infra.sh');
  execFileSync('bash', [infra, 'down', 'kafka'], { stdio: 'inherit' });
  rmSync(join(process.env.BG_INFRA_RUN ?? join(ROOT, 'infra', 'local', '.run'), 'kafka-data'), { recursive: true, force: true });
  execFileSync('bash', [infra, 'up'], { stdio: 'inherit' });
  console.log(`\ninfra up in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const admin = new Client({ connectionString: `${localRealParts().postgresUrl}/postgres` });
  await admin.connect();
  for (const db of SERVICES) {
    await admin.query(`drop database if exists ${db} with (force)`);
    await admin.query(`create database ${db}`);
  }
  await admin.end();
  // Unit tests with a PostgreSQL part make their own scratch databases from this one.
  process.env.TEST_DATABASE_URL ??= `${localRealParts().postgresUrl}/postgres`;
}
