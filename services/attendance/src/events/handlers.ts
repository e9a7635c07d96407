import type { EventHandlers } from '@bg/events';
import { knownEmployeeHandlers, organisationHandlers, regionHandlers, teamLeadHandlers } from '@bg/service';

/**
 * personnel.employee and personnel.organisation: the shared projections (@bg/service): who is where
 * now, each employee's effective-dated periods (outlet, team, status: whose hours apply, which days
 * and meetings count), and the organisation with each outlet's hours from the day they apply.
 */
export const attendanceHandlers: EventHandlers = {
  ...knownEmployeeHandlers,
  ...organisationHandlers,
  // who led each team on a day (TeamLeadAppointed): the lead of the period bears the team's meeting gaps
  ...teamLeadHandlers,
  // regions and their members (区域): the regional manager's scope (issue 16 item 4)
  ...regionHandlers,
};
