import type { EntityManager } from '@mikro-orm/core';
import { recordEvent } from '@bg/events';
import { ChangeKind, EmployeeChange } from './employee-change.entity';
import { Employee, EmployeeStatus, StaffPost } from './employee.entity';

/** Writes the change to the history; the caller's flush commits it with the change itself. */
export function recordChange(
  em: EntityManager,
  employee: Employee,
  kind: ChangeKind,
  from: object,
  to: object,
  effectiveOn: string,
  by: string,
  reason: string | null = null,
): void {
  em.create(EmployeeChange, {
    employeeId: employee.id,
    kind,
    fromJson: JSON.stringify(from),
    toJson: JSON.stringify(to),
    effectiveOn,
    by,
    reason,
  } as EmployeeChange);
}

/** A hire: the employee, its history line and `EmployeeHired`, in the caller's unit of work. */
export type NewEmployee = Omit<Employee, 'createdAt' | 'idNumber' | 'candidateId' | 'post'> & Partial<Pick<Employee, 'idNumber' | 'candidateId' | 'post'>>;

export function hire(em: EntityManager, data: NewEmployee, by: string, candidateId: string | null = null): Employee {
  const employee = em.create(Employee, { idNumber: null, candidateId, post: StaffPost.CLIENT_MANAGER, ...data, createdAt: new Date() });
  recordChange(em, employee, ChangeKind.HIRED, {}, { branchId: data.branchId, teamId: data.teamId, level: data.level, status: data.status }, data.hiredOn, by);
  recordEvent(em, 'personnel', 'EmployeeHired', employee.id, {
    employeeId: employee.id,
    name: employee.name,
    branchId: employee.branchId,
    teamId: employee.teamId,
    groupId: employee.groupId,
    outletId: employee.outletId,
    level: employee.level,
    employmentType: employee.employmentType,
    status: employee.status,
    hiredOn: employee.hiredOn,
    candidateId,
    post: employee.post,
  });
  return employee;
}

/** A level change (by hand, or an approved proposal from performance): history and `LevelChanged`. */
export function changeLevel(em: EntityManager, employee: Employee, level: string, effectiveOn: string, reason: string, by: string): void {
  const from = employee.level;
  employee.level = level;
  recordChange(em, employee, ChangeKind.LEVEL_CHANGED, { level: from }, { level }, effectiveOn, by, reason);
  recordEvent(em, 'personnel', 'LevelChanged', employee.id, { employeeId: employee.id, branchId: employee.branchId, from, to: level, effectiveOn, reason });
}

export function depart(em: EntityManager, employee: Employee, departedOn: string, reason: string, by: string): void {
  const from = employee.status;
  employee.status = EmployeeStatus.DEPARTED;
  recordChange(em, employee, ChangeKind.DEPARTED, { status: from }, { status: EmployeeStatus.DEPARTED }, departedOn, by, reason);
  recordEvent(em, 'personnel', 'EmployeeDeparted', employee.id, { employeeId: employee.id, branchId: employee.branchId, departedOn, reason });
}
