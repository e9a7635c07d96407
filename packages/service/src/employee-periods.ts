/**
 * Facts in force (DOMAIN.md, "Facts in force"): an employee's level, placement (branch, team,
 * group, outlet), employment type, status and post change over time, each change from the day it
 * takes effect. A service that computes a period (payroll, attendance, meetings, assessments) asks
 * what was in force on each day of it, never what is true today.
 *
 * Every consuming service keeps the same projection of personnel.employee: the changes as they
 * arrived (`employee_fact_change`, with the date each takes effect) and, derived from them, the
 * employee's periods (`employee_period`: the facts in force from `effectiveFrom` to `effectiveTo`,
 * both inclusive, open-ended when null). A change that arrives late or backdated is folded in at
 * its date, so the periods are always the fold of every change known, whatever their order.
 */
import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { arrayLiteral, bulkInsert, isPostgres, placeholders, queryBound, selectRows, type BulkColumns } from '@bg/db';
import { beforeBatchCommit, type EmployeeStatus, type StaffPost } from '@bg/events';
import { addDays, daysBetween } from '@bg/graphql';

/** What is in force for an employee on a day. */
export interface EmployeeFacts {
  branchId: string;
  teamId: string | null;
  groupId: string | null;
  outletId: string | null;
  level: string;
  employmentType: string;
  status: EmployeeStatus;
  post: StaffPost;
}

export type FactChangeKind = 'HIRED' | 'TRANSFERRED' | 'LEVEL_CHANGED' | 'DEPARTED';

/** One change as it arrived: the facts it sets, from `effectiveOn`; `seq` orders changes of the same day. */
export interface FactChange {
  kind: FactChangeKind;
  effectiveOn: string;
  seq: number;
  changes: Partial<EmployeeFacts>;
}

export interface Period extends EmployeeFacts {
  effectiveFrom: string;
  /** The last day in force (inclusive); null while it lasts. */
  effectiveTo: string | null;
}

/**
 * The periods an employee's changes make, in date order: each change applies from its date on,
 * on top of what was in force the day before (changes of one day in `seq` order). Nothing is in
 * force before the hire; a change dated before it is ignored.
 */
export function foldPeriods(changes: readonly FactChange[]): Period[] {
  const sorted = [...changes].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : a.seq - b.seq));
  const out: Period[] = [];
  let state = null as EmployeeFacts | null;
  for (const c of sorted) {
    if (c.kind === 'HIRED') state = { ...c.changes } as EmployeeFacts;
    else if (!state) continue;
    else state = { ...state, ...c.changes } as EmployeeFacts;
    const last = out[out.length - 1];
    if (last && last.effectiveFrom === c.effectiveOn) Object.assign(last, state);
    else {
      if (last) last.effectiveTo = addDays(c.effectiveOn, -1);
      out.push({ ...state, effectiveFrom: c.effectiveOn, effectiveTo: null });
    }
  }
  return out;
}

/** The statuses in which someone is employed (paid, expected at work and meetings). */
export const EMPLOYED: readonly EmployeeStatus[] = ['ACTIVE', 'PROBATION'];

/** Days of [from, to] (inclusive) on which a period is in force. */
export function overlapDays(p: Pick<Period, 'effectiveFrom' | 'effectiveTo'>, from: string, to: string): { from: string; to: string; days: number } | null {
  const start = p.effectiveFrom > from ? p.effectiveFrom : from;
  const end = p.effectiveTo !== null && p.effectiveTo < to ? p.effectiveTo : to;
  if (start > end) return null;
  return { from: start, to: end, days: daysBetween(start, end) + 1 };
}

/** The facts in force on a day, from an employee's periods. */
export function inForceOn(periods: readonly Period[], date: string): Period | null {
  return periods.find((p) => p.effectiveFrom <= date && (p.effectiveTo === null || p.effectiveTo >= date)) ?? null;
}

@Entity({ tableName: 'employee_fact_change' })
@Index({ properties: ['employeeId', 'effectiveOn'] })
export class EmployeeFactChange {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Property({ type: 'string', length: 10 }) effectiveOn!: string;
  /** The projection's version of the employee when it arrived: orders changes of one day. */
  @Property({ type: 'integer' }) seq!: number;
  @Property({ type: 'string', length: 20 }) kind!: string;
  /** The facts it sets, as JSON (EmployeeFacts' keys). */
  @Property({ type: 'text' }) changesJson!: string;
  @Property({ type: 'string', length: 36 }) eventId!: string;
}

/** 在职期间: what was in force for an employee from effectiveFrom to effectiveTo (inclusive; null: still). */
@Entity({ tableName: 'employee_period' })
@Index({ properties: ['branchId', 'effectiveFrom'] })
@Index({ properties: ['teamId', 'effectiveFrom'] })
export class EmployeePeriod implements Period {
  @PrimaryKey({ type: 'string', length: 36 }) employeeId!: string;
  @PrimaryKey({ type: 'string', length: 10 }) effectiveFrom!: string;
  @Property({ type: 'string', length: 10, nullable: true }) effectiveTo: string | null = null;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null = null;
  @Property({ type: 'string', length: 36, nullable: true }) groupId: string | null = null;
  @Property({ type: 'string', length: 36, nullable: true }) outletId: string | null = null;
  @Property({ type: 'string', length: 20 }) level!: string;
  @Property({ type: 'string', length: 20 }) employmentType!: string;
  @Property({ type: 'string', length: 20 }) status!: EmployeeStatus;
  @Property({ type: 'string', length: 20 }) post!: StaffPost;
}

const CHANGE_COLUMNS: BulkColumns = { id: 'text', employeeId: 'text', effectiveOn: 'text', seq: 'int', kind: 'text', changesJson: 'text', eventId: 'text' };
const PERIOD_COLUMNS: BulkColumns = {
  employeeId: 'text',
  effectiveFrom: 'text',
  effectiveTo: 'text',
  branchId: 'text',
  teamId: 'text',
  groupId: 'text',
  outletId: 'text',
  level: 'text',
  employmentType: 'text',
  status: 'text',
  post: 'text',
};

type ChangeRow = Omit<EmployeeFactChange, never>;

/** Changes recorded in a transaction, written (and the employees' periods rebuilt) once before it commits. */
const pending = new WeakMap<EntityManager, ChangeRow[]>();

/**
 * Records a change of an employee's facts in the caller's transaction and rebuilds their periods:
 * inside an inbox batch once for the whole batch before it commits (a few statements whatever its
 * size), otherwise at once.
 */
export async function recordFactChange(em: EntityManager, employeeId: string, eventId: string, seq: number, change: Omit<FactChange, 'seq'>): Promise<void> {
  const row: ChangeRow = {
    id: randomUUID(),
    employeeId,
    effectiveOn: change.effectiveOn,
    seq,
    kind: change.kind,
    changesJson: JSON.stringify(change.changes),
    eventId,
  };
  let rows = pending.get(em);
  if (rows) {
    rows.push(row);
    return;
  }
  rows = [row];
  if (beforeBatchCommit(em, () => writeChanges(em, rows!))) {
    pending.set(em, rows);
    return;
  }
  await writeChanges(em, rows);
}

async function writeChanges(em: EntityManager, rows: ChangeRow[]): Promise<void> {
  pending.delete(em);
  if (!rows.length) return;
  await bulkInsert(em, 'employee_fact_change', CHANGE_COLUMNS, rows);
  await rebuildPeriods(em, [...new Set(rows.map((r) => r.employeeId))]);
}

/** Folds the recorded changes of these employees into their periods again (delete and insert, in the caller's transaction). */
export async function rebuildPeriods(em: EntityManager, employeeIds: string[]): Promise<void> {
  for (let i = 0; i < employeeIds.length; i += 5_000) {
    const ids = employeeIds.slice(i, i + 5_000);
    const where = isPostgres(em) ? 'employee_id = any(?::varchar[])' : `employee_id in (${placeholders(ids.length)})`;
    const params = isPostgres(em)
      ? [
          arrayLiteral(
            ids.map((id) => ({ id })),
            'id',
          ),
        ]
      : ids;
    const changes = await selectRows<{ employee_id: string; effective_on: string; seq: number | string; kind: FactChangeKind; changes_json: string }>(
      em,
      `select employee_id, effective_on, seq, kind, changes_json from employee_fact_change where ${where}`,
      params,
    );
    const byEmployee = new Map<string, FactChange[]>();
    for (const c of changes) {
      const list = byEmployee.get(c.employee_id) ?? [];
      list.push({ kind: c.kind, effectiveOn: c.effective_on, seq: Number(c.seq), changes: JSON.parse(c.changes_json) });
      byEmployee.set(c.employee_id, list);
    }
    await queryBound(em, `delete from employee_period where ${where}`, params);
    const periods = [...byEmployee].flatMap(([employeeId, list]) => foldPeriods(list).map((p) => ({ employeeId, ...p })));
    await bulkInsert(em, 'employee_period', PERIOD_COLUMNS, periods);
  }
}

export interface PeriodQuery {
  branchId?: string;
  teamId?: string;
  employeeIds?: string[];
  /** Only these posts (e.g. ['CLIENT_MANAGER'] for the marketing team). */
  posts?: readonly StaffPost[];
  /** Only these statuses (e.g. EMPLOYED). */
  statuses?: readonly EmployeeStatus[];
}

/**
 * The periods in force on some day of [from, to] that match the query (placement and status of
 * that period), grouped by employee in date order. An employee who was in the branch for part of
 * the month appears with just those periods.
 */
export async function periodsDuring(em: EntityManager, from: string, to: string, q: PeriodQuery): Promise<Map<string, Period[]>> {
  const where = ['p.effective_from <= ?', '(p.effective_to is null or p.effective_to >= ?)'];
  const params: unknown[] = [to, from];
  if (q.branchId) {
    where.push('p.branch_id = ?');
    params.push(q.branchId);
  }
  if (q.teamId) {
    where.push('p.team_id = ?');
    params.push(q.teamId);
  }
  if (q.employeeIds) {
    where.push(`p.employee_id in (${placeholders(q.employeeIds.length)})`);
    params.push(...q.employeeIds);
  }
  if (q.posts) {
    where.push(`p.post in (${placeholders(q.posts.length)})`);
    params.push(...q.posts);
  }
  if (q.statuses) {
    where.push(`p.status in (${placeholders(q.statuses.length)})`);
    params.push(...q.statuses);
  }
  const rows = await selectRows<Record<string, string | null>>(
    em,
    `select p.employee_id, p.effective_from, p.effective_to, p.branch_id, p.team_id, p.group_id, p.outlet_id, p.level, p.employment_type, p.status, p.post
     from employee_period p where ${where.join(' and ')} order by p.employee_id, p.effective_from`,
    params,
  );
  const out = new Map<string, Period[]>();
  for (const r of rows) {
    const list = out.get(r.employee_id!) ?? [];
    list.push({
      effectiveFrom: r.effective_from!,
      effectiveTo: r.effective_to,
      branchId: r.branch_id!,
      teamId: r.team_id,
      groupId: r.group_id,
      outletId: r.outlet_id,
      level: r.level!,
      employmentType: r.employment_type!,
      status: r.status as EmployeeStatus,
      post: r.post as StaffPost,
    });
    out.set(r.employee_id!, list);
  }
  return out;
}

/** Client managers employed on some day of [from, to] in a branch or team (the marketing team of that time). */
export function clientManagersDuring(
  em: EntityManager,
  from: string,
  to: string,
  where: Pick<PeriodQuery, 'branchId' | 'teamId' | 'employeeIds'>,
): Promise<Map<string, Period[]>> {
  return periodsDuring(em, from, to, { ...where, posts: ['CLIENT_MANAGER'], statuses: EMPLOYED });
}
