import { activityAttendance } from './activity.rules';

describe('attendance at a marketing activity (R-2.2)', () => {
  it('counts the expected who did not come as absent, unless on approved leave', () => {
    expect(activityAttendance(['E1', 'E2', 'E3', 'E4'], ['E1'], ['E3'])).toEqual({ absent: ['E2', 'E4'], excused: ['E3'], problems: [] });
  });
  it('refuses attendees who were not expected, or named twice', () => {
    expect(activityAttendance(['E1'], ['E1', 'E1', 'E9'], []).problems).toEqual([
      { field: 'attendeeIds[1]', problem: 'named twice' },
      { field: 'attendeeIds[2]', problem: 'E9 is not a client manager of the team that day' },
    ]);
  });
});
