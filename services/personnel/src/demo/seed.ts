import type { EntityManager } from '@mikro-orm/core';
import { recordEvent } from '@bg/events';
import { DEMO_BRANCHES, DEMO_EMPLOYEES, DEMO_GROUPS, DEMO_OUTLETS, DEMO_TEAMS } from '@bg/service';
import { Branch, Group, Outlet, Team } from '../organisation/organisation.entity';
import { Employee, EmployeeStatus, EmploymentType } from '../employees/employee.entity';

/**
 * Loads the demo company into an empty database. Hires go through the outbox like real ones,
 * so the other services learn the employees from `EmployeeHired` events.
 */
export async function seedDemoCompany(em: EntityManager): Promise<void> {
  if (await em.count(Branch, {})) return;
  DEMO_BRANCHES.forEach((b) => em.create(Branch, b));
  DEMO_TEAMS.forEach((t) => em.create(Team, t));
  DEMO_GROUPS.forEach((g) => em.create(Group, g));
  DEMO_OUTLETS.forEach((o) => em.create(Outlet, o));
  for (const d of DEMO_EMPLOYEES) {
    const e = em.create(Employee, { ...d, employmentType: d.employmentType as EmploymentType, status: EmployeeStatus.ACTIVE, createdAt: new Date() });
    recordEvent(em, 'personnel', 'EmployeeHired', e.id, {
      employeeId: e.id, name: e.name, branchId: e.branchId, teamId: e.teamId, groupId: e.groupId, outletId: e.outletId,
      level: e.level, employmentType: e.employmentType, status: e.status, hiredOn: e.hiredOn,
    });
  }
  await em.flush();
}
