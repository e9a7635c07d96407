/**
 * Plain SQL without entities, for aggregates and bulk paths the ORM has no shape for, and the
 * pieces of SQL that must read the same on SQLite and PostgreSQL.
 */
import { ReferenceKind, raw, type EntityClass, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { Knex } from 'knex';
import { isPostgres, knexOf } from './bulk';

/**
 * A read returning plain rows (columns as the database names them, `?` placeholders), in the
 * EntityManager's transaction if it has one. The values are bound by the driver, never written
 * into the SQL text (MikroORM's `execute` would format them in, and a failing statement would
 * then carry them into errors and logs); dates and booleans are given as the ORM stores them
 * (SQLite: epoch milliseconds and 0/1).
 */
export function selectRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return queryBound<T>(em, sql, bindable(em, params));
}

/** Values the driver binds: on SQLite a Date as epoch milliseconds and a boolean as 0/1, as MikroORM stores them. */
export function bindable(em: EntityManager, params: readonly unknown[]): unknown[] {
  if (isPostgres(em)) return [...params];
  return params.map((v) => (v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : v));
}

export interface QueryBoundOptions {
  /** Refuse to run outside a transaction (statements whose effect must commit with others). */
  requireTransaction?: boolean;
}

/**
 * One statement with `?` placeholders whose values the driver binds (PostgreSQL: protocol
 * parameters, e.g. one `arrayLiteral` for a whole `= any(?::text[])` list) instead of MikroORM
 * formatting them into the SQL text: the hot paths (thousands of ids, hundreds of inbox rows a
 * statement). Strings, numbers, bigints and null only (the SQLite driver binds no dates or
 * booleans). Runs in the EntityManager's transaction if it has one; returns the rows (of a
 * select or a `returning`). Not logged by MikroORM's query logger.
 */
export async function queryBound<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  options: QueryBoundOptions = {},
): Promise<T[]> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx && options.requireTransaction) throw new Error('this statement needs a transaction (em.transactional)');
  const q = knexOf(em).raw(sql, params as Knex.RawBinding[]);
  const res = (await (trx ? q.transacting(trx) : q)) as T[] | { rows?: T[] };
  return Array.isArray(res) ? res : (res.rows ?? []);
}

/** `?, ?, ?` for an `in (...)` list of n values; `null` for none, so the list stays valid SQL and matches nothing. */
export function placeholders(n: number): string {
  return n ? Array.from({ length: n }, () => '?').join(', ') : 'null';
}

/** Per entity: its scalar properties by column, each with how to make a value what the entity would hold. */
const detachedShapes = new WeakMap<object, Array<[column: string, property: string, convert: ((v: unknown) => unknown) | null]>>();

function detachedShape(em: EntityManager, entity: EntityClass<object>) {
  let shape = detachedShapes.get(entity);
  if (shape) return shape;
  const meta = em.getMetadata().get(entity.name);
  shape = meta.props
    .filter((p) => p.kind === ReferenceKind.SCALAR && p.persist !== false && !p.formula && p.fieldNames?.length === 1)
    .map((p) => {
      const type = String(p.runtimeType ?? p.type).toLowerCase();
      const convert =
        type === 'date' || type === 'datetime'
          ? (v: unknown) => new Date(v as string | number) // SQLite: epoch milliseconds
          : type === 'number'
            ? Number // PostgreSQL: bigint and numeric as text
            : type === 'boolean'
              ? (v: unknown) => v === true || v === 1 || v === '1' // SQLite: 0/1
              : null;
      return [p.fieldNames[0], p.name, convert];
    });
  detachedShapes.set(entity, shape);
  return shape;
}

/** The query builder of an SQL driver's EntityManager, as far as `findDetached` uses it. */
interface SelectBuilder {
  select(fields: string): SelectBuilder;
  where(criteria: unknown): SelectBuilder;
  orderBy(order: unknown): SelectBuilder;
  getKnexQuery(): { toSQL(): { sql: string; bindings: readonly unknown[] } };
}

/**
 * `em.find` for the read-only hot paths (a team's month in a dashboard, a level's children): the
 * same criteria and order, one statement with bound values (`queryBound`), each row an object of
 * the entity's class (its getters work) holding the values the entity would, but not managed by
 * the EntityManager: no identity map, change tracking or propagation (hydrating a few thousand
 * managed entities cost a dashboard most of a service's CPU). Never change and flush them; load
 * what is to change through the EntityManager. Scalar properties only (the entities here have no
 * relations, only ids).
 */
export async function findDetached<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T> } = {},
): Promise<T[]> {
  let qb = (em as unknown as { createQueryBuilder(e: EntityClass<T>): SelectBuilder }).createQueryBuilder(entity).select('*').where(where);
  if (options.orderBy) qb = qb.orderBy(options.orderBy);
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  const rows = await queryBound<Record<string, unknown>>(em, sql, bindings);
  const shape = detachedShape(em, entity);
  return rows.map((row) => {
    const values: Record<string, unknown> = {};
    for (const [column, property, convert] of shape) {
      const v = row[column];
      values[property] = v == null || !convert ? (v ?? null) : convert(v);
    }
    // The values as own properties first: assigned to an instance they would run the setters
    // MikroORM puts on the entity's prototype (change tracking), which cost more than the query.
    return Object.setPrototypeOf(values, entity.prototype) as T;
  });
}

/**
 * The escape clause for LIKE patterns made with `escapeLike`. It must be said: PostgreSQL escapes
 * with a backslash by default, but SQLite has no default escape character, so without it `\%`
 * is a literal backslash followed by a wildcard and an escaped pattern matches nothing.
 */
export const LIKE_ESCAPE = "escape '\\'";

/** Text to match literally inside a LIKE pattern: `%`, `_` and the escape character escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A filter entry for MikroORM's find/count: `<column> like <pattern> escape '\'`, the same on
 * SQLite and PostgreSQL. Build the pattern from `escapeLike` pieces and wildcards and spread the
 * entry into the where: `{ ...whereLike('name', `${escapeLike(name)}%`) }`. `column` is the
 * column's name in the table (snake_case). Case sensitivity is the database's: SQLite's LIKE
 * ignores the case of ASCII letters, PostgreSQL's does not.
 */
export function whereLike(column: string, pattern: string): Record<string, unknown> {
  return { [raw((alias: string) => `${alias ? `${alias}.` : ''}${column} like ? ${LIKE_ESCAPE}`, [pattern])]: [] };
}
