/**
 * head office compares branches for a month, quarter or year: accounts opened, new assets,
 * net revenue, payroll cost (net pay of signed-off runs), cost per account, ranking by net revenue,
 * change against the previous period; drill-down branch -> team -> manager.
 */
import type { EntityManager } from '@mikro-orm/core';
import { BadInputError } from '@bg/graphql';
import { placeholders, selectRows } from '@bg/db';
import { HEAD_OFFICE_BRANCH } from '@bg/auth';
import { NO_TEAM, monthFigures, type MonthFigures } from './totals';
import { addMonths } from '../time';

export type { Level as ComparisonLevel } from './totals';
import type { Level as ComparisonLevel } from './totals';

export interface Period {
  label: string;
  months: string[];
  previous: { label: string; months: string[] };
}

/** `2026-10` (month), `2026-Q4` (quarter) or `2026` (year), with the period before it. */
export function parsePeriod(text: string): Period | null {
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (m) return { label: text, months: [text], previous: { label: addMonths(text, -1), months: [addMonths(text, -1)] } };
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const first = `${y}-${String(q * 3 - 2).padStart(2, '0')}`;
    const prevFirst = addMonths(first, -3);
    const prevQ = q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
    return {
      label: text,
      months: [0, 1, 2].map((i) => addMonths(first, i)),
      previous: { label: prevQ, months: [0, 1, 2].map((i) => addMonths(prevFirst, i)) },
    };
  }
  m = /^(\d{4})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const months = (yy: number) => Array.from({ length: 12 }, (_, i) => `${yy}-${String(i + 1).padStart(2, '0')}`);
    return { label: text, months: months(y), previous: { label: String(y - 1), months: months(y - 1) } };
  }
  return null;
}

export interface Figures {
  newAccounts: number;
  newAssetsFen: number;
  netRevenueFen: number;
  payrollCostFen: number;
}

export interface ComparisonRow extends Figures {
  key: string;
  name: string;
  costPerAccountFen: number | null;
  rank: number;
  previous: Figures;
  /** Change of net revenue against the previous period, percent to 0.1; null when it was 0. */
  netRevenueChangePct: number | null;
  newAccountsChangePct: number | null;
}

const zero = (): Figures => ({ newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0, payrollCostFen: 0 });

type Totals = Map<string, Figures>;

function sumBy(figures: MonthFigures[], months: string[]): Totals {
  const wanted = new Set(months);
  const t: Totals = new Map();
  for (const f of figures) {
    if (!wanted.has(f.month)) continue;
    const row = t.get(f.key) ?? zero();
    row.newAccounts += f.newAccounts;
    row.newAssetsFen += f.newAssetsFen;
    row.netRevenueFen += f.netRevenueFen;
    row.payrollCostFen += f.payrollCostFen;
    t.set(f.key, row);
  }
  return t;
}

const changePct = (now: number, before: number): number | null => (before === 0 ? null : Math.round(((now - before) / Math.abs(before)) * 1000) / 10);

export async function compare(
  em: EntityManager,
  periodText: string,
  branchId?: string,
  teamId?: string,
): Promise<{ period: Period; level: ComparisonLevel; rows: ComparisonRow[] }> {
  const period = parsePeriod(periodText);
  if (!period)
    throw new BadInputError(`"${periodText}" is not a period`, [{ field: 'period', problem: 'a month (2026-10), a quarter (2026-Q4) or a year (2026)' }]);
  if (teamId && !branchId) throw new BadInputError('Name the branch of the team', [{ field: 'branchId', problem: 'needed with teamId' }]);
  const level: ComparisonLevel = teamId ? 'MANAGER' : branchId ? 'TEAM' : 'BRANCH';
  // A team's managers are named while the figures are summed; someone who has left the team since is looked up after.
  // Branches and teams are named from the organisation (personnel.organisation), and every one of
  // them gets a row, with zeros when it has no figures for the period.
  const [figures, teamNames, units] = await Promise.all([
    monthFigures(em, level, [...period.previous.months, ...period.months], branchId, teamId),
    level === 'MANAGER'
      ? selectRows<{ id: string; name: string }>(em, 'select id, name from known_employee where branch_id = ? and team_id = ?', [branchId, teamId])
      : [],
    level === 'BRANCH'
      ? selectRows<{ id: string; name: string }>(em, "select id, name from known_unit where kind = 'BRANCH' and id <> ?", [HEAD_OFFICE_BRANCH])
      : level === 'TEAM'
        ? selectRows<{ id: string; name: string }>(em, "select id, name from known_unit where kind = 'TEAM' and branch_id = ?", [branchId])
        : [],
  ]);
  const [now, before] = [sumBy(figures, period.months), sumBy(figures, period.previous.months)];
  for (const u of units) if (!now.has(u.id)) now.set(u.id, zero());
  const names = new Map([...teamNames, ...units].map((k) => [k.id, k.name]));
  if (level === 'TEAM') names.set(NO_TEAM, 'No team');
  if (level === 'BRANCH' && now.has(HEAD_OFFICE_BRANCH)) names.set(HEAD_OFFICE_BRANCH, 'Head office');
  const unnamed = level === 'MANAGER' ? [...now.keys()].filter((k) => !names.has(k)) : [];
  if (unnamed.length) {
    for (const k of await selectRows<{ id: string; name: string }>(
      em,
      `select id, name from known_employee where id in (${placeholders(unnamed.length)})`,
      unnamed,
    ))
      names.set(k.id, k.name);
  }
  const rows = [...now.entries()]
    .map(([key, f]): Omit<ComparisonRow, 'rank'> => {
      const previous = before.get(key) ?? zero();
      return {
        key,
        name: names.get(key) ?? key,
        ...f,
        costPerAccountFen: f.newAccounts ? Math.round(f.payrollCostFen / f.newAccounts) : null,
        previous,
        netRevenueChangePct: changePct(f.netRevenueFen, previous.netRevenueFen),
        newAccountsChangePct: changePct(f.newAccounts, previous.newAccounts),
      };
    })
    .sort((a, b) => b.netRevenueFen - a.netRevenueFen || a.key.localeCompare(b.key))
    .map((r, i) => ({ ...r, rank: i + 1 }));
  return { period, level, rows };
}
