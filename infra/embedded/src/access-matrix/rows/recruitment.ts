/**
 * The access matrix's rows for the recruitment subgraph's root operations (notation: ../model.ts): one
 * line per operation. First drafted from what the code did (ACCESS_MATRIX_RECORD), then checked
 * against DOMAIN.md's roles table and rules; a disagreement found is in the row's note.
 */
import { ANYONE, ID_ONLY, type Row } from '../model';

// prettier-ignore
export const RECRUITMENT: Record<string, Row> = {
  'Query.requisitions': { allow: { 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.requisition': { allow: { 'branch-deputy-manager': 'all', 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.candidates': { allow: { 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all' } },
  'Query.talentPool': { allow: { 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all' } },
  'Query.candidate': { allow: { 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Query.trainingProgrammes': { allow: ANYONE },
  'Query.trainingSessions': { allow: ANYONE },
  'Query.trainingSession': { allow: ANYONE, note: ID_ONLY },
  'Query.trainingCompletionReport': { allow: { 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Mutation.openRequisition': { allow: { 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all' } },
  'Mutation.closeRequisition': { allow: { 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.addCandidate': { allow: { recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.addCandidateDocument': { allow: { recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.verifyCandidateDocument': { allow: { recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.moveCandidate': { allow: { recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.evaluateCandidate': { allow: { 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.startProbation': { allow: { 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.recordProbationOutcome': { allow: { 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.hireCandidate': { allow: { 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all' }, note: ID_ONLY },
  'Mutation.rejectCandidate': { allow: { 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.withdrawCandidate': { allow: { recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.reactivateCandidate': { allow: { recruiter: 'all', 'recruiter@HQ': 'all' } },
  'Mutation.createTrainingProgramme': { allow: { trainer: 'all', 'trainer@HQ': 'all' } },
  'Mutation.scheduleTrainingSession': { allow: { trainer: 'branch', 'trainer@HQ': 'all' } },
  'Mutation.enrolInTrainingSession': { allow: { trainer: 'all', 'trainer@HQ': 'all' } },
  'Mutation.recordTrainingAttendance': { allow: { trainer: 'all', 'trainer@HQ': 'all' } },
  'Mutation.recordTrainingResults': { allow: { trainer: 'all', 'trainer@HQ': 'all' } },
};
