import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { bulkInsert, selectRows, type BulkColumns } from '@bg/db';
import { recordEvents } from '@bg/events';
import { Customer } from '../customers/customer.entity';
import { customerDetails } from '../customers/customer.rules';
import { clientManagersDuring, inForceOn, type Period } from '@bg/service';
import { firstDay, lastDay } from '../common/dates';
import { branchWorkingDays } from '../common/sql';
import { AttendanceDay, DayStatus } from '../attendance/attendance-day.entity';
import { LeaveRequest, LeaveStatus } from '../leave/leave.entity';
import { leaveCover } from '../leave/leave.rules';
import { ClosedMonthFigures } from './month.entity';
import { monthFigures, type MonthFigures, type RecordedCounts } from './month-close.rules';
import { DAY_COUNTS_SQL, type DayCountsRow } from '../attendance/attendance.rules';

/** What a branch month's close reads once and its duty checks reuse: the month's client managers (their periods in force) and working days. */
export interface BranchMonthFacts {
  managers: Map<string, Period[]>;
  workingDays: string[];
}

/**
 * Computes every manager's figures for a branch month in a fixed number of queries (aggregated in
 * SQL), writes them as ClosedMonthFigures (replacing an earlier close's) and one
 * AttendanceMonthClosed and one CustomerDetailsClosed per manager into the outbox, each in one
 * statement, all in the caller's transaction (`em` must be in one: see month.resolver). Returns the
 * number of managers and the facts it read, for the close's duty checks.
 * Managers counted: the branch's client managers employed on some day of the month, by the facts
 * in force then; each is expected on the working days they were employed in the branch.
 */
export async function closeFigures(em: EntityManager, branchId: string, month: string, closing: number): Promise<BranchMonthFacts & { employees: number }> {
  const from = firstDay(month);
  const to = lastDay(month);
  const [people, counts, workingDays, leaves, slips] = await Promise.all([
    clientManagersDuring(em, from, to, { branchId }),
    selectRows<DayCountsRow>(
      em,
      `select ${DAY_COUNTS_SQL}
      from attendance_day d join employee_period p on p.employee_id = d.employee_id and p.effective_from <= d.date
        and (p.effective_to is null or p.effective_to >= d.date) and p.branch_id = d.branch_id and p.status in ('ACTIVE', 'PROBATION')
      where d.branch_id = ? and d.date >= ? and d.date <= ? group by d.employee_id`,
      [branchId, from, to],
    ),
    branchWorkingDays(em, branchId, month),
    em.find(LeaveRequest, { branchId, status: LeaveStatus.APPROVED, startDate: { $lte: to }, endDate: { $gte: from } }),
    selectRows<{ employee_id: string; n: number | string }>(
      em,
      'select employee_id, count(*) as n from visit_slip where branch_id = ? and date >= ? and date <= ? group by employee_id',
      [branchId, from, to],
    ),
  ]);
  const byEmployee = new Map(counts.map((r) => [r.employee_id, r]));
  const visits = new Map(slips.map((s) => [s.employee_id, Number(s.n)]));
  const leavesOf = new Map<string, LeaveRequest[]>();
  for (const l of leaves) leavesOf.set(l.employeeId, [...(leavesOf.get(l.employeeId) ?? []), l]);
  // Exact dates are needed only where leave may excuse a day; everyone else is counted from the aggregate.
  const withLeave = [...leavesOf.keys()];
  const datesOf = new Map<string, Map<string, boolean>>();
  if (withLeave.length) {
    for (const d of await em.find(
      AttendanceDay,
      { employeeId: { $in: withLeave }, date: { $gte: from, $lte: to } },
      { fields: ['employeeId', 'date', 'status'] },
    )) {
      if (!datesOf.has(d.employeeId)) datesOf.set(d.employeeId, new Map());
      datesOf.get(d.employeeId)!.set(d.date, d.status === DayStatus.ON_LEAVE);
    }
  }

  const rows: Array<MonthFigures & { employeeId: string }> = [];
  for (const [id, periods] of [...people].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const employed = workingDays.filter((d) => inForceOn(periods, d));
    const r = byEmployee.get(id);
    const c: RecordedCounts = {
      worked: Number(r?.worked ?? 0),
      late: Number(r?.late ?? 0),
      early: Number(r?.early ?? 0),
      absent: Number(r?.absent ?? 0),
      onLeave: Number(r?.on_leave ?? 0),
      overtime: Number(r?.overtime ?? 0),
    };
    const own = leavesOf.get(id);
    let figures;
    if (own) {
      figures = monthFigures({
        workingDays: employed,
        recorded: datesOf.get(id) ?? new Map(),
        counts: c,
        leaveOn: (d) => leaveCover(own, d),
        visits: visits.get(id) ?? 0,
      });
    } else {
      // Without leave every unrecorded working day is an absence: no need for the dates.
      const recorded = c.worked + c.absent + c.onLeave;
      figures = {
        daysWorked: c.worked,
        late: c.late,
        early: c.early,
        absent: c.absent + Math.max(0, employed.length - recorded),
        leaveDays: c.onLeave,
        visits: visits.get(id) ?? 0,
        overtimeMinutes: c.overtime,
      };
    }
    rows.push({ employeeId: id, ...figures });
  }

  await em.nativeDelete(ClosedMonthFigures, { branchId, month });
  await bulkInsert(
    em,
    'closed_month_figures',
    FIGURE_COLUMNS,
    rows.map((r) => ({
      id: randomUUID(),
      branch_id: branchId,
      month,
      employee_id: r.employeeId,
      days_worked: r.daysWorked,
      late: r.late,
      early: r.early,
      absent: r.absent,
      leave_days: r.leaveDays,
      visits: r.visits,
      overtime_minutes: r.overtimeMinutes,
      closing,
    })),
  );
  // R-6.4 (issue 16 item 12): each manager's customer details of the month, for personnel's archive.
  const customers = rows.length ? await em.find(Customer, { responsibleEmployeeId: { $in: rows.map((r) => r.employeeId) } }) : [];
  // One statement for both kinds: each manager's closed month goes out before their customer details.
  await recordEvents<'AttendanceMonthClosed' | 'CustomerDetailsClosed'>(em, 'attendance', [
    ...rows.map((r) => ({
      name: 'AttendanceMonthClosed' as const,
      subject: r.employeeId,
      data: {
        employeeId: r.employeeId,
        branchId,
        month,
        daysWorked: r.daysWorked,
        late: r.late,
        early: r.early,
        absent: r.absent,
        leaveDays: r.leaveDays,
        visits: r.visits,
      },
    })),
    ...rows.map((r) => ({
      name: 'CustomerDetailsClosed' as const,
      subject: r.employeeId,
      data: { employeeId: r.employeeId, branchId, month, ...customerDetails(customers, r.employeeId, month) },
    })),
  ]);
  return { employees: rows.length, managers: people, workingDays };
}

const FIGURE_COLUMNS: BulkColumns = {
  id: 'text',
  branch_id: 'text',
  month: 'text',
  employee_id: 'text',
  days_worked: 'int',
  late: 'int',
  early: 'int',
  absent: 'int',
  leave_days: 'float8',
  visits: 'int',
  overtime_minutes: 'int',
  closing: 'int',
};
