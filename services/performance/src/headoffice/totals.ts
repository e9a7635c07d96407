/** The comparison's sums, aggregated by the database (no entity per line). */
import type { EntityManager } from '@mikro-orm/core';
import { placeholders, selectRows } from '@bg/db';

export type Level = 'BRANCH' | 'TEAM' | 'MANAGER';

export interface MonthFigures {
  key: string;
  month: string;
  newAccounts: number;
  newAssetsFen: number;
  netRevenueFen: number;
  payrollCostFen: number;
}

/** The key of the figures of managers without a team (at the TEAM level). */
export const NO_TEAM = '(no team)';

const FINAL = "('SIGNED_OFF', 'FILED')";

/** Per key (branch, team or manager) and month: business figures and the net pay of signed-off payrolls. */
export async function monthFigures(em: EntityManager, level: Level, months: string[], branchId?: string, teamId?: string): Promise<MonthFigures[]> {
  type Row = { k: string | null; month: string; a?: string | number; s?: string | number; r?: string | number; c?: string | number };
  let business: Row[];
  let cost: Row[];
  if (level === 'BRANCH') {
    [business, cost] = await Promise.all([
      selectRows<Row>(
        em,
        `select branch_id k, month, sum(new_accounts) a, sum(new_assets_fen) s, sum(net_revenue_fen) r from metrics_import where month in (${placeholders(months.length)}) group by branch_id, month`,
        months,
      ),
      selectRows<Row>(
        em,
        `select branch_id k, month, sum(total_net_fen) c from payroll_run where month in (${placeholders(months.length)}) and status in ${FINAL} group by branch_id, month`,
        months,
      ),
    ]);
  } else {
    const key = level === 'TEAM' ? 'team_id' : 'employee_id';
    const team = teamId ? ' and team_id = ?' : '';
    const params = [branchId, ...months, ...(teamId ? [teamId] : [])];
    [business, cost] = await Promise.all([
      selectRows<Row>(
        em,
        `select ${key} k, month, sum(new_accounts) a, sum(new_assets) s, sum(net_revenue) r from business_metrics where branch_id = ? and month in (${placeholders(months.length)})${team} group by ${key}, month`,
        params,
      ),
      selectRows<Row>(
        em,
        `select l.${key} k, l.month, sum(l.net_fen) c from payroll_line l join payroll_run r on r.id = l.run_id
        where l.branch_id = ? and l.month in (${placeholders(months.length)})${team.replace('team_id', 'l.team_id')} and r.status in ${FINAL} group by l.${key}, l.month`,
        params,
      ),
    ]);
  }
  const out = new Map<string, MonthFigures>();
  const at = (k: string | null, month: string) => {
    const key = k ?? NO_TEAM;
    const id = `${key}\u0000${month}`;
    let f = out.get(id);
    if (!f) out.set(id, (f = { key, month, newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0, payrollCostFen: 0 }));
    return f;
  };
  for (const b of business) Object.assign(at(b.k, b.month), { newAccounts: Number(b.a), newAssetsFen: Number(b.s), netRevenueFen: Number(b.r) });
  for (const c of cost) at(c.k, c.month).payrollCostFen = Number(c.c);
  return [...out.values()];
}
