import { PERSONNEL_PROJECTIONS, employeeStubReference, prefetchKnownEmployees, type ServiceDefinition } from '@bg/service';
import { AttendanceDay, BranchWorkDay } from './attendance/attendance-day.entity';
import { AttendanceDayResolver, AttendanceResolver, Employee } from './attendance/attendance.resolver';
import { CustomerVisit, VisitIssue } from './customer-visits/customer-visit.entity';
import { CustomerVisitIssuesResolver, CustomerVisitResolver } from './customer-visits/customer-visit.resolver';
import { seedDemoAttendance } from './demo/seed';
import { attendanceHandlers } from './events/handlers';
import { WeeklyGoal } from './goals/weekly-goal.entity';
import { WeeklyGoalResolver } from './goals/weekly-goal.resolver';
import { LeaveRequest } from './leave/leave.entity';
import { LeaveResolver } from './leave/leave.resolver';
import { Meeting, MeetingMissedFlag } from './meetings/meeting.entity';
import { MeetingResolver } from './meetings/meeting.resolver';
import { BranchMonthClose, AttendanceMonthEvent, ClosedMonthFigures } from './month-close/month.entity';
import { AttendanceMonthResolver } from './month-close/month.resolver';
import { OutletHoursResolver } from './outlets/outlet.resolver';
import { Patrol } from './patrols/patrol.entity';
import { PatrolResolver } from './patrols/patrol.resolver';
import { VisitSlip } from './slips/slip.entity';
import { VisitSlipResolver } from './slips/slip.resolver';
import { SpotCheck, SpotCheckDraw } from './spotchecks/spotcheck.entity';
import { SpotCheckResolver } from './spotchecks/spotcheck.resolver';
import { WorkLog } from './worklogs/worklog.entity';
import { WorkLogResolver } from './worklogs/worklog.resolver';
import { migrations } from './migrations';
import { LeftPostDay } from './left-post/left-post.entity';
import { LeftPostResolver, PatrolLeftPostResolver } from './left-post/left-post.resolver';
import { Customer, CustomerHandover, CustomerTierThresholds } from './customers/customer.entity';
import { CustomerResolver, customerReference } from './customers/customer.resolver';

/** Attendance and daily management of client managers (R-2.x, R-1.5, R-1.7). */
export const attendance: ServiceDefinition = {
  name: 'attendance',
  entities: [
    AttendanceDay,
    BranchWorkDay,
    ...PERSONNEL_PROJECTIONS,
    LeaveRequest,
    VisitSlip,
    SpotCheckDraw,
    SpotCheck,
    WorkLog,
    Patrol,
    Meeting,
    MeetingMissedFlag,
    WeeklyGoal,
    CustomerVisit,
    VisitIssue,
    BranchMonthClose,
    AttendanceMonthEvent,
    ClosedMonthFigures,
    LeftPostDay,
    Customer,
    CustomerHandover,
    CustomerTierThresholds,
  ],
  migrations,
  resolvers: [
    AttendanceResolver,
    AttendanceDayResolver,
    OutletHoursResolver,
    LeaveResolver,
    VisitSlipResolver,
    SpotCheckResolver,
    WorkLogResolver,
    PatrolResolver,
    MeetingResolver,
    WeeklyGoalResolver,
    CustomerVisitResolver,
    CustomerVisitIssuesResolver,
    AttendanceMonthResolver,
    LeftPostResolver,
    PatrolLeftPostResolver,
    CustomerResolver,
  ],
  orphanedTypes: [Employee],
  referenceResolvers: { ...employeeStubReference, ...customerReference },
  consumes: { topics: ['personnel.employee', 'personnel.organisation'], handlers: attendanceHandlers, prefetch: prefetchKnownEmployees },
  seed: seedDemoAttendance,
};
