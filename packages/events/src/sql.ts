import type { EntityManager } from '@mikro-orm/core';
import { queryBound } from '@bg/db';

/**
 * Runs one statement with `?` placeholders in `em`'s transaction, the values bound by the driver
 * (`@bg/db`'s `queryBound`, with a transaction required): the hot paths of the consumer write
 * hundreds of rows a statement (with `@bg/db`'s `arrayLiteral` for PostgreSQL array parameters).
 * Returns the rows, e.g. of `returning`.
 */
export function transactionQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<T[]> {
  return queryBound<T>(em, sql, bindings, { requireTransaction: true });
}
