import type { EntityManager } from '@mikro-orm/core';
import { arrayLiteral, isPostgres, placeholders, queryBound, selectRows } from '@bg/db';
import { firstDay, lastDay } from './dates';

/** A raw query whose parameters travel bound, in the transaction if any: @bg/db's `queryBound`. */
export { queryBound };

/** `column in (...)` over ids for `queryBound`: one array parameter on PostgreSQL, one `?` each on SQLite. */
export function inIds(em: EntityManager, column: string, ids: string[]): { sql: string; params: string[] } {
  if (isPostgres(em))
    return {
      sql: `${column} = any(?::text[])`,
      params: [
        arrayLiteral(
          ids.map((id) => ({ id })),
          'id',
        ),
      ],
    };
  return { sql: `${column} in (${placeholders(ids.length)})`, params: ids };
}

/**
 * A branch's working days of a month: the days its clerk recorded attendance on (branch_work_day,
 * written with the days). Weekends and holidays are the days nobody was recorded, so no holiday
 * calendar is needed.
 */
export async function branchWorkingDays(em: EntityManager, branchId: string, month: string): Promise<string[]> {
  const rows = await selectRows<{ date: string }>(em, 'select date from branch_work_day where branch_id = ? and date >= ? and date <= ? order by date', [
    branchId,
    firstDay(month),
    lastDay(month),
  ]);
  return rows.map((r) => r.date);
}
