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
