import type { EntityManager } from '@mikro-orm/core';
import { DEMO_EMPLOYEES, DEMO_MONTHS, demoRandom, demoWorkingDays, flushEvery } from '@bg/service';
import { AttendanceDay, BranchWorkDay, DayStatus } from '../attendance/attendance-day.entity';
import { seedDemoCustomers } from '../customers/customer.demo';

/** Attendance for the demo months (the outlets and their hours come from personnel's events). */
export async function seedDemoAttendance(em: EntityManager): Promise<void> {
  await seedDemoCustomers(em);
  if (await em.count(AttendanceDay, {})) return;
  for (const branchId of new Set(DEMO_EMPLOYEES.map((e) => e.branchId))) {
    for (const date of DEMO_MONTHS.flatMap(demoWorkingDays)) em.create(BranchWorkDay, { branchId, date });
  }
  for (const [i, e] of DEMO_EMPLOYEES.entries()) {
    await flushEvery(em, i);
    const rnd = demoRandom(`attendance:${e.id}`);
    for (const date of DEMO_MONTHS.flatMap(demoWorkingDays)) {
      const r = rnd();
      const status =
        r < 0.06 ? DayStatus.LATE : r < 0.09 ? DayStatus.EARLY_LEAVE : r < 0.1 ? DayStatus.ABSENT : r < 0.13 ? DayStatus.ON_LEAVE : DayStatus.ON_TIME;
      em.create(AttendanceDay, {
        employeeId: e.id,
        branchId: e.branchId,
        teamId: e.teamId,
        date,
        status,
        minutesLate: status === DayStatus.LATE ? 5 + Math.floor(rnd() * 40) : 0,
        minutesEarly: status === DayStatus.EARLY_LEAVE ? 10 + Math.floor(rnd() * 60) : 0,
        overtimeMinutes: 0,
        checkIn: null,
        checkOut: null,
        note: null,
        recordedBy: 'clerk.att',
        recordedAt: new Date(),
      });
    }
  }
  await em.flush();
}
