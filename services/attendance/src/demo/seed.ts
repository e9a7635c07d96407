import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { DEMO_EMPLOYEES, DEMO_MONTHS, demoRandom, demoWorkingDays } from '@bg/service';
import { AttendanceDay, DayStatus } from '../attendance/attendance-day.entity';

/** Demo attendance for the demo months: mostly on time, some late, early, absent and leave. */
export async function seedDemoAttendance(em: EntityManager): Promise<void> {
  if (await em.count(AttendanceDay, {})) return;
  for (const e of DEMO_EMPLOYEES) {
    const rnd = demoRandom(`attendance:${e.id}`);
    for (const date of DEMO_MONTHS.flatMap(demoWorkingDays)) {
      const r = rnd();
      const status = r < 0.06 ? DayStatus.LATE : r < 0.09 ? DayStatus.EARLY_LEAVE : r < 0.1 ? DayStatus.ABSENT : r < 0.13 ? DayStatus.ON_LEAVE : DayStatus.ON_TIME;
      em.create(AttendanceDay, {
        id: randomUUID(), employeeId: e.id, date, status,
        minutesLate: status === DayStatus.LATE ? 5 + Math.floor(rnd() * 40) : 0,
        minutesEarly: status === DayStatus.EARLY_LEAVE ? 10 + Math.floor(rnd() * 60) : 0,
        recordedBy: 'clerk.att', recordedAt: new Date(),
      });
    }
  }
  await em.flush();
}
