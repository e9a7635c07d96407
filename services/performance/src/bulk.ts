/**
 * Reads without entity hydration, for the month-end volumes (a 100,000-line CRM file, every
 * branch's payroll). Bulk writes use @bg/db's `bulkInsert`.
 */
import type { EntityManager } from '@mikro-orm/core';

/** A read returning plain rows (snake_case columns), inside the caller's transaction if any. */
export function rows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute(sql, params as never[], 'all', em.getTransactionContext()) as Promise<T[]>;
}

/** `?, ?, ?`: the placeholders of an `in (...)` list of n values. */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
