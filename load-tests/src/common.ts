/** What the benchmarks share: a fresh PostgreSQL database, bulk loading, latency percentiles. */
import { Client } from 'pg';

export const POSTGRES = process.env.POSTGRES_URL ?? 'postgres://bg:bg@127.0.0.1:5432';

/** Drops and creates a database on the local PostgreSQL; returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new Client({ connectionString: `${POSTGRES}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return `${POSTGRES}/${name}`;
}

/** Multi-row inserts of `chunk` rows each: the fastest plain way to load fixtures. */
export async function insertRows(db: Client, table: string, columns: string[], rows: unknown[][], chunk = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values = part.map((r, j) => `(${r.map((_, k) => `$${j * r.length + k + 1}`).join(',')})`).join(',');
    await db.query(`insert into ${table} (${columns.join(',')}) values ${values}`, part.flat());
  }
}

export interface Latency {
  label: string;
  p50: number;
  p95: number;
}

/** Runs `requests` calls (after 20 warm-up calls), `concurrency` at a time; milliseconds per call. */
export async function latency(label: string, requests: number, concurrency: number, run: (i: number) => Promise<void>): Promise<Latency> {
  for (let i = 0; i < 20; i++) await run(i);
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++;
        const t0 = process.hrtime.bigint();
        await run(i);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { label, p50: times[Math.floor(times.length * 0.5)], p95: times[Math.floor(times.length * 0.95)] };
}
