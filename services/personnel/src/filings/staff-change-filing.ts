/**
 * R-6.5 (issue 16 item 13): every staff change (hire, transfer, level change, departure) that
 * personnel publishes on personnel.employee is filed in the branch's filings automatically, by
 * event (personnel consumes its own topic), as type STAFF_CHANGE with a serial number, once per event.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, EventHandlers } from '@bg/events';
import { Branch } from '../organisation/organisation.entity';
import { Employee } from '../employees/employee.entity';
import { fileDocument } from './filing.service';

type StaffChange = EventEnvelope<'EmployeeHired' | 'EmployeeTransferred' | 'LevelChanged' | 'EmployeeDeparted'>;

/** What the filing of a staff change says (pure): title, date, the branch it is filed under. */
export function staffChangeFiling(e: StaffChange, name: string): { branchId: string; title: string; date: string } {
  const type = e.type.split('.').find((p) => /^(EmployeeHired|EmployeeTransferred|LevelChanged|EmployeeDeparted)$/.test(p)) ?? e.type;
  const who = `${name} (${e.data.employeeId})`;
  switch (type) {
    case 'EmployeeHired': {
      const d = (e as EventEnvelope<'EmployeeHired'>).data;
      return { branchId: d.branchId, date: d.hiredOn, title: `人员变动 入职: ${who} ${d.level} ${d.teamId ?? d.branchId}` };
    }
    case 'EmployeeTransferred': {
      const d = (e as EventEnvelope<'EmployeeTransferred'>).data;
      return { branchId: d.branchId, date: d.effectiveOn, title: `人员变动 调动: ${who} ${d.from.teamId ?? d.from.branchId} -> ${d.teamId ?? d.branchId}` };
    }
    case 'LevelChanged': {
      const d = (e as EventEnvelope<'LevelChanged'>).data;
      return { branchId: d.branchId, date: d.effectiveOn, title: `人员变动 级别调整: ${who} ${d.from} -> ${d.to}` };
    }
    default: {
      const d = (e as EventEnvelope<'EmployeeDeparted'>).data;
      return { branchId: d.branchId, date: d.departedOn, title: `人员变动 离职: ${who}${d.reason ? ` (${d.reason.slice(0, 80)})` : ''}` };
    }
  }
}

async function fileStaffChange(em: EntityManager, e: StaffChange): Promise<void> {
  const employee = await em.findOne(Employee, e.data.employeeId);
  const f = staffChangeFiling(e, employee?.name ?? ('name' in e.data ? String(e.data.name) : ''));
  if (!(await em.findOne(Branch, f.branchId))) return; // not a branch's staff change (nothing to file it under)
  await fileDocument(em, {
    branchId: f.branchId,
    type: 'STAFF_CHANGE',
    title: f.title.slice(0, 200),
    date: f.date,
    period: f.date.slice(0, 7),
    fileRef: `personnel:employee/${e.data.employeeId}/history`,
    filedBy: 'system:personnel',
    sourceRef: `staff-change:${e.id}`,
  });
}

export const STAFF_CHANGE_TOPICS = ['personnel.employee'] as const;

export const staffChangeFilingHandlers: EventHandlers = {
  EmployeeHired: (em, e) => fileStaffChange(em, e as StaffChange),
  EmployeeTransferred: (em, e) => fileStaffChange(em, e as StaffChange),
  LevelChanged: (em, e) => fileStaffChange(em, e as StaffChange),
  EmployeeDeparted: (em, e) => fileStaffChange(em, e as StaffChange),
};
