import { KnownTeamLead, PERSONNEL_PROJECTIONS, REGION_PROJECTIONS, employeeStubReference, prefetchKnownEmployees, type ServiceDefinition } from '@bg/service';
import { AttendanceDay, BranchWorkDay } from './attendance/attendance-day.entity';
import { AttendanceDayResolver, AttendanceResolver, AttendanceSummaryResolver, Employee } from './attendance/attendance.resolver';
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
import { MarketingActivity } from './activities/activity.entity';
import { MarketingActivityResolver } from './activities/activity.resolver';
import { LeftPostDay } from './left-post/left-post.entity';
import { LeftPostResolver, PatrolLeftPostResolver } from './left-post/left-post.resolver';
import { Customer, CustomerHandover, CustomerTierThresholds } from './customers/customer.entity';
import { CustomerResolver, customerReference } from './customers/customer.resolver';
import { VisitLogReview, VisitReportSubmission } from './customer-visits/visit-review.entity';
import { VisitLogReviewResolver, VisitReportSubmissionResolver } from './customer-visits/visit-review.resolver';

/** Attendance and daily management of client managers (R-2.x, R-1.5, R-1.7). */
export const attendance: ServiceDefinition = {
  name: 'attendance',
  entities: [
    AttendanceDay,
    BranchWorkDay,
    ...PERSONNEL_PROJECTIONS,
    // regions (区域): a regional manager sees the attendance of their region's members (issue 16 item 4)
    ...REGION_PROJECTIONS,
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
    VisitLogReview,
    VisitReportSubmission,
    KnownTeamLead,
    MarketingActivity,
  ],
  migrations,
  resolvers: [
    AttendanceResolver,
    AttendanceSummaryResolver,
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
    VisitLogReviewResolver,
    VisitReportSubmissionResolver,
    MarketingActivityResolver,
  ],
  orphanedTypes: [Employee],
  referenceResolvers: { ...employeeStubReference, ...customerReference },
  consumes: { topics: ['personnel.employee', 'personnel.organisation'], handlers: attendanceHandlers, prefetch: prefetchKnownEmployees },
  seed: seedDemoAttendance,
};
