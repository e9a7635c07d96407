/**
 * Events performance consumes: personnel's employees (the KnownEmployee projection, plus the level
 * for base pay), attendance's closed months and personnel's asset-loss charges, stored per
 * employee and month as the inputs of payroll.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, EventHandlers, Prefetch } from '@bg/events';
import { knownEmployeeHandlers, prefetchKnownEmployees } from '@bg/service';
import { AssetLossCharge, AttendanceMonth, EmployeeGrade } from '../facts/facts.entity';

/**
 * Rows looked up or created by the handlers of one transaction. A batch of events is applied
 * with one flush at commit, so a row created by an earlier event of the batch is found here,
 * not in the database.
 */
const seen = new WeakMap<EntityManager, Map<string, object | null>>();

async function lookup<T extends object>(em: EntityManager, key: string, load: () => Promise<T | null>): Promise<T | null> {
  let cache = seen.get(em);
  if (!cache) seen.set(em, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) as T | null;
  const row = await load();
  cache.set(key, row);
  return row;
}

function remember(em: EntityManager, key: string, row: object | null): void {
  let cache = seen.get(em);
  if (!cache) seen.set(em, (cache = new Map()));
  cache.set(key, row);
}

const gradeKey = (id: string) => `grade:${id}`;
const attendanceKey = (id: string, month: string) => `attendance:${id}:${month}`;

/** One query per kind of row for a batch (the known employees, grades and attendance months it touches). */
export const prefetchPerformance: Prefetch = async (em, events) => {
  await prefetchKnownEmployees(em, events);
  const ids = [...new Set(events.map((e) => (e.data as { employeeId?: string }).employeeId).filter((id): id is string => !!id))];
  if (!ids.length) return;
  const grades = new Map((await em.find(EmployeeGrade, { employeeId: { $in: ids } })).map((g) => [g.employeeId, g]));
  for (const id of ids) remember(em, gradeKey(id), grades.get(id) ?? null);
  const closes = events.filter((e) => e.type.startsWith('AttendanceMonthClosed')) as EventEnvelope<'AttendanceMonthClosed'>[];
  if (closes.length) {
    const months = [...new Set(closes.map((e) => e.data.month))];
    const rows = await em.find(AttendanceMonth, { employeeId: { $in: closes.map((e) => e.data.employeeId) }, month: { $in: months } });
    const byKey = new Map(rows.map((r) => [attendanceKey(r.employeeId, r.month), r]));
    for (const e of closes) {
      const key = attendanceKey(e.data.employeeId, e.data.month);
      remember(em, key, byKey.get(key) ?? null);
    }
  }
};

export const performanceHandlers: EventHandlers = {
  ...knownEmployeeHandlers,
  async EmployeeHired(em, event) {
    await knownEmployeeHandlers.EmployeeHired!(em, event);
    const { employeeId, level, employmentType } = event.data;
    let grade = await lookup(em, gradeKey(employeeId), () => em.findOne(EmployeeGrade, { employeeId }));
    if (!grade) {
      grade = em.create(EmployeeGrade, { employeeId, level, employmentType, updatedAt: new Date() });
      remember(em, gradeKey(employeeId), grade);
    } else Object.assign(grade, { level, employmentType, updatedAt: new Date() });
  },
  async LevelChanged(em, { data }) {
    const grade = await lookup(em, gradeKey(data.employeeId), () => em.findOne(EmployeeGrade, { employeeId: data.employeeId }));
    if (!grade) throw new Error(`LevelChanged for unknown employee ${data.employeeId}`);
    Object.assign(grade, { level: data.to, updatedAt: new Date() });
  },
  async AttendanceMonthClosed(em, event) {
    const d = event.data;
    const key = attendanceKey(d.employeeId, d.month);
    let row = await lookup(em, key, () => em.findOne(AttendanceMonth, { employeeId: d.employeeId, month: d.month }));
    if (!row) {
      row = em.create(AttendanceMonth, { employeeId: d.employeeId, branchId: d.branchId, month: d.month } as AttendanceMonth);
      remember(em, key, row);
    }
    // A re-close of the month (attendance corrected) replaces the figures; signed payrolls keep their own copy.
    Object.assign(row, {
      branchId: d.branchId, daysWorked: d.daysWorked, late: d.late, early: d.early, absent: d.absent, leaveDays: d.leaveDays,
      visits: d.visits, eventId: event.id, closedAt: new Date(event.time),
    });
  },
  async AssetLossCharged(em, { data }) {
    if (await lookup(em, `charge:${data.chargeId}`, () => em.findOne(AssetLossCharge, { chargeId: data.chargeId }))) return;
    const row = em.create(AssetLossCharge, {
      chargeId: data.chargeId, employeeId: data.employeeId, branchId: data.branchId, assetId: data.assetId, amountFen: data.amountFen,
      kind: data.kind, chargedOn: data.chargedOn, month: data.chargedOn.slice(0, 7), settledInPayrollId: null,
    });
    remember(em, `charge:${data.chargeId}`, row);
  },
};

export const CONSUMED_TOPICS = ['personnel.employee', 'personnel.asset', 'attendance.month'] as const;
