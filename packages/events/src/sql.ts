import type { EntityManager } from '@mikro-orm/core';

/** The driver-level transaction MikroORM runs a `transactional()` in (knex), as far as used here. */
interface RawTransaction {
  raw(sql: string, bindings: unknown[]): PromiseLike<unknown>;
}

/**
 * Runs one statement with `?` placeholders in `em`'s transaction, the values bound by the driver
 * (PostgreSQL: protocol parameters, arrays as arrays) instead of formatted into the SQL text as
 * MikroORM's `execute()` does: the hot paths of the consumer write hundreds of rows a statement
 * (with `@bg/db`'s `arrayLiteral` for PostgreSQL array parameters). Returns the rows, e.g. of
 * `returning` (`@bg/db`'s `bulkInsert` returns none). Not logged by MikroORM's query logger.
 */
export async function transactionQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, bindings: unknown[]): Promise<T[]> {
  const trx = em.getTransactionContext<RawTransaction>();
  if (!trx) throw new Error('transactionQuery needs a transaction (em.transactional)');
  const result = await trx.raw(sql, bindings);
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}
