/** Plain reads without entities, for aggregates and bulk paths the ORM has no shape for. */
import type { EntityManager } from '@mikro-orm/core';

/**
 * A read returning plain rows (columns as the database names them, `?` placeholders), in the
 * EntityManager's transaction if it has one.
 */
export function selectRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute(sql, params as never[], 'all', em.getTransactionContext()) as Promise<T[]>;
}

/** `?, ?, ?` for an `in (...)` list of n values; `null` for none, so the list stays valid SQL and matches nothing. */
export function placeholders(n: number): string {
  return n ? Array.from({ length: n }, () => '?').join(', ') : 'null';
}
