import { KnownEmployee, employeeStubReference, knownEmployeeHandlers, prefetchKnownEmployees, type ServiceDefinition } from '@bg/service';
import { AttendanceDay } from './attendance/attendance-day.entity';
import { AttendanceResolver, Employee } from './attendance/attendance.resolver';
import { seedDemoAttendance } from './demo/seed';
import { migrations } from './migrations';

/** Attendance: daily attendance of client managers (R-2.x). */
export const attendance: ServiceDefinition = {
  name: 'attendance',
  entities: [AttendanceDay, KnownEmployee],
  migrations,
  resolvers: [AttendanceResolver],
  orphanedTypes: [Employee],
  referenceResolvers: employeeStubReference,
  consumes: { topics: ['personnel.employee'], handlers: { ...knownEmployeeHandlers }, prefetch: prefetchKnownEmployees },
  seed: seedDemoAttendance,
};
