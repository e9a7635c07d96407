import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { queryBound } from '@bg/db';

/**
 * Gap-free serial numbers (流水号, R-6.4 / R-6.8): one counter row per (branch, series, year).
 *
 * The counter is bumped by a single `insert ... on conflict do update ... returning` statement
 * run on the caller's transaction, the same one that inserts the numbered record:
 * - PostgreSQL: the statement takes the counter row's lock until commit, so a concurrent request
 *   waits and then reads the committed value (READ COMMITTED re-checks the row); a rollback
 *   undoes the increment, so a number is consumed only when its record commits.
 * - SQLite: the statement is a write, so it takes the database write lock at once (it is the first
 *   statement of the transaction) and better-sqlite3 has one connection, which MikroORM/knex hands
 *   to one transaction at a time; two transactions can never read the same value.
 * The numbered tables also carry a unique constraint on the number as a last line of defence.
 */
@Entity({ tableName: 'serial_counter' })
export class SerialCounter {
  @PrimaryKey({ type: 'string', length: 36 }) branchId!: string;
  /** `SLIP` (customer confirmation slips) or `FILING` (filings to head office). */
  @PrimaryKey({ type: 'string', length: 20 }) series!: string;
  @PrimaryKey({ type: 'integer' }) year!: number;
  /** The last number handed out (0: none yet). */
  @Property({ type: 'integer' }) lastNumber: number = 0;
}

export type SerialSeries = 'SLIP' | 'FILING';

/** Infix per series: slips `SZ01-2026-000042`, filings `SZ01-F-2026-000007`. */
const INFIX: Record<SerialSeries, string> = { SLIP: '', FILING: 'F-' };

export function formatSerial(branchId: string, series: SerialSeries, year: number, seq: number): string {
  return `${branchId}-${INFIX[series]}${year}-${String(seq).padStart(6, '0')}`;
}

export interface Serial {
  number: string;
  year: number;
  seq: number;
}

function requireTransaction(em: EntityManager): void {
  if (!em.isInTransaction()) {
    throw new Error('serial numbers are allocated inside the transaction that inserts the numbered record (use em.transactional)');
  }
}

async function bump(em: EntityManager, branchId: string, series: SerialSeries, year: number, delta: 0 | 1): Promise<number> {
  requireTransaction(em);
  // Lower-case `insert into ... returning` on one line: knex's SQLite dialect then returns the rows.
  const sql =
    'insert into "serial_counter" ("branch_id", "series", "year", "last_number") values (?, ?, ?, ?) ' +
    'on conflict ("branch_id", "series", "year") do update set "last_number" = "serial_counter"."last_number" + ? returning "last_number"';
  const rows = await queryBound<{ last_number: number | string }>(em, sql, [branchId, series, year, delta, delta], { requireTransaction: true });
  return Number(rows[0].last_number);
}

/**
 * The next serial number of a branch's series in a year. Call it first in the transaction that
 * inserts the numbered record (it locks the counter until commit); if that transaction rolls back,
 * the number is handed out again.
 */
export async function allocateSerial(em: EntityManager, branchId: string, series: SerialSeries, year: number): Promise<Serial> {
  const seq = await bump(em, branchId, series, year, 1);
  return { number: formatSerial(branchId, series, year, seq), year, seq };
}

/**
 * Locks a counter without consuming a number (e.g. closing a month of slips: no slip of that year
 * can be numbered until the closing commits). Returns the last number handed out.
 */
export function lockSerialCounter(em: EntityManager, branchId: string, series: SerialSeries, year: number): Promise<number> {
  return bump(em, branchId, series, year, 0);
}
