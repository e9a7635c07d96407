/**
 * Bulk writes without entities, for the volumes of month-end work (a month of attendance, a
 * 100,000-line CRM file, 10,000 outbox rows): plain rows go into a table in as few statements as
 * the dialect allows, in the EntityManager's transaction when it has one.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from 'knex';

/** A column's type as PostgreSQL reads it (the array parameter's element type). */
export type BulkColumnType = 'text' | 'int' | 'bigint' | 'float8' | 'boolean' | 'timestamptz';

/** Row keys are property names (`employeeId`) or column names (`employee_id`): the column is the key in snake_case, MikroORM's default naming. */
export type BulkColumns = Record<string, BulkColumnType>;

export interface BulkInsertOptions {
  /** Skip rows that collide on this unique key (`on conflict ... do nothing`) instead of failing. */
  ignoreConflicts?: string[];
}

/** SQLite refuses statements with more than 32,766 bound variables. */
const SQLITE_MAX_VARIABLES = 32_766;
/** Rows per PostgreSQL statement: one array parameter per column whatever the rows, so only the statement's size bounds it. */
const POSTGRES_ROWS = 50_000;

export const columnOf = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function isPostgres(em: EntityManager): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}

/** The knex instance behind an SQL driver's EntityManager, for statements MikroORM has no shape for. */
export function knexOf(em: EntityManager): Knex {
  return (em.getConnection() as unknown as { getKnex(): Knex }).getKnex();
}

/**
 * One column of rows as a PostgreSQL array literal (`{"a","b",NULL}`), built here rather than by
 * node-postgres (which prepares every element on its own): the bulk path's main cost in JavaScript.
 * Dates go as ISO-8601 instants; strings are always quoted, double quotes and backslashes escaped.
 */
export function arrayLiteral(rows: ReadonlyArray<Record<string, unknown>>, key: string): string {
  const items = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][key];
    if (v === null || v === undefined) items[i] = 'NULL';
    else if (typeof v === 'number' || typeof v === 'bigint') items[i] = String(v);
    else if (typeof v === 'boolean') items[i] = v ? 't' : 'f';
    else {
      const text = v instanceof Date ? v.toISOString() : String(v);
      items[i] = text.indexOf('"') < 0 && text.indexOf('\\') < 0 ? `"${text}"` : `"${text.replace(/["\\]/g, '\\$&')}"`;
    }
  }
  return `{${items.join(',')}}`;
}

/** Runs a knex query in the EntityManager's transaction, if any. */
function inTransaction<T extends Knex.Raw | Knex.QueryBuilder>(em: EntityManager, q: T): T {
  const trx = em.getTransactionContext() as Knex.Transaction | undefined;
  return (trx ? q.transacting(trx) : q) as T;
}

/**
 * Inserts plain rows into a table. On PostgreSQL one statement per 50,000 rows, each column
 * travelling as one array parameter (`unnest($1::text[], $2::int[], ...)`): as many parameters as
 * columns (`arrayLiteral`), far from the protocol's 65,535, and no per-row objects or JSON. On SQLite
 * multi-row INSERTs under its bound-variable limit, dates stored as MikroORM stores them there
 * (epoch milliseconds). Missing values are NULL. No entities are built, no hooks run, nothing is
 * added to the identity map.
 */
export async function bulkInsert(
  em: EntityManager,
  table: string,
  columns: BulkColumns,
  rows: ReadonlyArray<Record<string, unknown>>,
  options: BulkInsertOptions = {},
): Promise<void> {
  if (!rows.length) return;
  const keys = Object.keys(columns);
  const names = keys.map(columnOf);
  const quoted = names.map((c) => `"${c}"`).join(', ');
  const conflict = options.ignoreConflicts ? ` on conflict (${options.ignoreConflicts.map((c) => `"${c}"`).join(', ')}) do nothing` : '';
  const knex = knexOf(em);
  if (isPostgres(em)) {
    const sql = `insert into "${table}" (${quoted}) select * from unnest(${keys.map((k) => `?::${columns[k]}[]`).join(', ')}) as x(${quoted})${conflict}`;
    for (let i = 0; i < rows.length; i += POSTGRES_ROWS) {
      const part = rows.length <= POSTGRES_ROWS ? rows : rows.slice(i, i + POSTGRES_ROWS);
      await inTransaction(
        em,
        knex.raw(
          sql,
          keys.map((k) => arrayLiteral(part, k)),
        ),
      );
    }
    return;
  }
  // Multi-row VALUES written out: knex's SQLite insert is a compound SELECT, limited to 500 rows.
  const tuple = `(${keys.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.floor(SQLITE_MAX_VARIABLES / keys.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values: unknown[] = [];
    for (const r of chunk) {
      for (const k of keys) {
        const v = r[k];
        values.push(v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : (v ?? null));
      }
    }
    const sql = `insert into "${table}" (${quoted}) values ${chunk.map(() => tuple).join(', ')}${conflict}`;
    await inTransaction(em, knex.raw(sql, values as never));
  }
}
