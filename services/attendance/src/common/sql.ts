import type { EntityManager } from '@mikro-orm/core';
import { firstDay, lastDay } from './dates';

/** A raw query (portable SQL, `?` placeholders) in the EntityManager's transaction, if any. */
export function query<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute(sql, params as any[], 'all', em.getTransactionContext()) as Promise<T[]>;
}

/**
 * A branch's working days of a month: the days its clerk recorded attendance on (branch_work_day,
 * written with the days). Weekends and holidays are the days nobody was recorded, so no holiday
 * calendar is needed.
 */
export async function branchWorkingDays(em: EntityManager, branchId: string, month: string): Promise<string[]> {
  const rows = await query<{ date: string }>(em, 'select date from branch_work_day where branch_id = ? and date >= ? and date <= ? order by date', [branchId, firstDay(month), lastDay(month)]);
  return rows.map((r) => r.date);
}

/** `?, ?, ?` for an IN list. */
export function placeholders(n: number): string {
  return n ? Array.from({ length: n }, () => '?').join(', ') : 'null';
}

/** The knex instance behind the EntityManager (SQL drivers), for statements MikroORM has no shape for. */
export function knexOf(em: EntityManager): import('knex').Knex {
  return (em.getConnection() as unknown as { getKnex(): import('knex').Knex }).getKnex();
}

export function isPostgres(em: EntityManager): boolean {
  return /postgres/i.test(em.getPlatform().constructor.name);
}

export type ColumnType = 'text' | 'int' | 'float8' | 'timestamptz';

/**
 * Inserts plain rows (keyed by column name) in as few statements as the dialect allows, in the
 * EntityManager's transaction if it has one: on PostgreSQL one JSON parameter through
 * `jsonb_to_recordset` per call; on SQLite chunks under its 32766 bound variables, dates as
 * MikroORM stores them there (milliseconds). No entities are built: for bulk paths only.
 */
export async function bulkInsert(em: EntityManager, table: string, columns: Array<[string, ColumnType]>, rows: Array<Record<string, unknown>>, options: { ignoreConflicts?: string[] } = {}): Promise<void> {
  if (!rows.length) return;
  const knex = knexOf(em);
  const trx = em.getTransactionContext() as import('knex').Knex.Transaction | undefined;
  const names = columns.map(([c]) => c).join(', ');
  if (isPostgres(em)) {
    const conflict = options.ignoreConflicts ? ` on conflict (${options.ignoreConflicts.join(', ')}) do nothing` : '';
    const sql = `insert into ${table} (${names}) select ${names} from jsonb_to_recordset(?::jsonb) as x(${columns.map(([c, t]) => `${c} ${t}`).join(', ')})${conflict}`;
    const q = knex.raw(sql, [JSON.stringify(rows)]);
    await (trx ? q.transacting(trx) : q);
    return;
  }
  const perStatement = Math.max(1, Math.floor(32000 / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement).map((r) => Object.fromEntries(columns.map(([c]) => [c, r[c] instanceof Date ? (r[c] as Date).getTime() : r[c] ?? null])));
    let q = knex(table).insert(chunk);
    if (options.ignoreConflicts) q = q.onConflict(options.ignoreConflicts).ignore() as typeof q;
    await (trx ? q.transacting(trx) : q);
  }
}
