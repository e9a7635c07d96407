/**
 * Bulk writes and reads without entity hydration, for the month-end volumes (a 100,000-line CRM
 * file, every branch's payroll). On PostgreSQL one statement per 20,000 rows, the rows travelling
 * as one JSON parameter (`json_to_recordset`); on SQLite MikroORM's multi-row insert.
 */
import type { EntityManager, EntityName } from '@mikro-orm/core';

export type ColumnType = 'text' | 'int' | 'bigint';

const isPostgres = (em: EntityManager) => em.getPlatform().constructor.name.startsWith('PostgreSql');
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Inserts plain rows (property names as keys) into an entity's table, inside the caller's transaction if any. */
export async function bulkInsert<T extends object>(
  em: EntityManager, entity: EntityName<T>, table: string, columns: Record<string, ColumnType>, rows: Array<Record<string, unknown>>,
): Promise<void> {
  if (!rows.length) return;
  if (!isPostgres(em)) {
    for (let i = 0; i < rows.length; i += 1_000) await em.insertMany(entity, rows.slice(i, i + 1_000) as never[]);
    return;
  }
  const props = Object.keys(columns);
  const cols = props.map((p) => `"${snake(p)}"`).join(', ');
  const record = props.map((p) => `"${snake(p)}" ${columns[p]}`).join(', ');
  const sql = `insert into "${table}" (${cols}) select ${cols} from json_to_recordset(?::json) as x(${record})`;
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000).map((r) => Object.fromEntries(props.map((p) => [snake(p), r[p] ?? null])));
    await em.getConnection().execute(sql, [JSON.stringify(part)], 'run', em.getTransactionContext());
  }
}

/** A read returning plain rows (snake_case columns), inside the caller's transaction if any. */
export function rows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute(sql, params as never[], 'all', em.getTransactionContext()) as Promise<T[]>;
}
