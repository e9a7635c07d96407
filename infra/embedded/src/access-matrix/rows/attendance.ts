/**
 * The access matrix's rows for the attendance subgraph's root operations (notation: ../model.ts): one
 * line per operation. First drafted from what the code did (ACCESS_MATRIX_RECORD), then checked
 * against DOMAIN.md's roles table and rules; a disagreement found is in the row's note.
 */
import { ANYONE, VALIDATED_FIRST, type Row } from '../model';

// prettier-ignore
export const ATTENDANCE: Record<string, Row> = {
  'Query.attendanceDays': { allow: { 'client-manager': 'self', 'group-leader': 'group', 'team-lead': 'team', 'regional-manager': 'self', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Query.teamAttendance': { allow: { 'team-lead': 'team', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.customerVisits': { allow: { 'client-manager': 'self', 'group-leader': 'group', 'team-lead': 'team', 'regional-manager': 'self', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Query.followUps': { allow: { 'client-manager': 'self', 'group-leader': 'group', 'team-lead': 'team', 'regional-manager': 'self', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Query.quarterlyVisitReport': { allow: { 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' }, args: () => ({ quarter: '2026-Q4' }) },
  'Query.weeklyGoals': { allow: { 'client-manager': 'self', 'group-leader': 'group', 'team-lead': 'team', 'regional-manager': 'self', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Query.leaveRequests': { allow: { 'client-manager': 'self', 'group-leader': 'group', 'team-lead': 'team', 'regional-manager': 'self', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Query.meetings': { allow: { 'team-lead': 'team', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.meetingCompliance': { allow: { 'team-lead': 'team', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.attendanceMonth': { allow: { 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.attendanceOutletHours': { allow: ANYONE },
  'Query.leftPostDays': { allow: { 'client-manager': 'self', 'group-leader': 'group', 'team-lead': 'team', 'regional-manager': 'self', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Query.patrols': { allow: { 'team-lead': 'team', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.visitSlips': { allow: { 'client-manager': 'self', 'group-leader': 'group', 'team-lead': 'team', 'regional-manager': 'self', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Query.spotCheckDraws': { allow: { 'team-lead': 'team', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.workLogs': { allow: { 'client-manager': 'self', 'group-leader': 'group', 'team-lead': 'team', 'regional-manager': 'self', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Mutation.recordAttendance': { allow: { 'attendance-clerk': 'branch' } },
  'Mutation.recordTeamDay': { allow: { 'attendance-clerk': 'branch' }, kind: 'team' },
  'Mutation.recordTeamDays': { allow: { 'attendance-clerk': 'branch' }, kind: 'team' },
  'Mutation.logCustomerVisit': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
  'Mutation.passIssue': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
  'Mutation.chaseIssue': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
  'Mutation.resolveIssue': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
  'Mutation.flagOverdueFollowUps': { allow: { 'team-lead': 'team', 'attendance-clerk': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch' } },
  'Mutation.setWeeklyGoal': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
  'Mutation.requestLeave': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
  'Mutation.decideLeave': { allow: { 'team-lead': 'all' } },
  'Mutation.cancelLeave': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
  'Mutation.scheduleMeeting': { allow: { 'team-lead': 'all', 'attendance-clerk': 'all', 'branch-deputy-manager': 'all', 'branch-manager': 'all' }, note: VALIDATED_FIRST },
  'Mutation.recordMeeting': { allow: { 'team-lead': 'all', 'attendance-clerk': 'all', 'branch-deputy-manager': 'all', 'branch-manager': 'all' }, note: VALIDATED_FIRST },
  'Mutation.flagMissedMeetings': { allow: { 'attendance-clerk': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch' } },
  'Mutation.closeAttendanceMonth': { allow: { 'attendance-clerk': 'branch' } },
  'Mutation.reopenAttendanceMonth': { allow: { 'branch-manager': 'branch' } },
  'Mutation.recordPatrol': { allow: { 'team-lead': 'team' } },
  'Mutation.fileVisitSlip': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
  'Mutation.drawSpotChecks': { allow: { 'team-lead': 'team' } },
  'Mutation.recordSpotCheck': { allow: { 'team-lead': 'all' } },
  'Mutation.writeWorkLog': { allow: { 'client-manager': 'all', 'group-leader': 'all' } },
};
