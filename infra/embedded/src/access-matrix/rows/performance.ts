/**
 * The access matrix's rows for the performance subgraph's root operations (notation: ../model.ts): one
 * line per operation. First drafted from what the code did (ACCESS_MATRIX_RECORD), then checked
 * against DOMAIN.md's roles table and rules; a disagreement found is in the row's note.
 */
import { ANYONE, ID_ONLY, LIST_FILTERED, VALIDATED_FIRST, type Row } from '../model';

// prettier-ignore
export const PERFORMANCE: Record<string, Row> = {
  'Query.metricsImport': { allow: { 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.approvalRequests': { allow: { 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.approvalRequest': { allow: ANYONE, note: ID_ONLY },
  'Query.compensationStandards': { allow: { 'branch-finance': 'all', 'branch-deputy-manager': 'all', 'branch-manager': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.compensationStandardFor': { allow: { 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.payrollRun': { allow: ANYONE, note: ID_ONLY },
  'Query.payrollRuns': { allow: { 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.payReport': { allow: ANYONE, note: ID_ONLY },
  'Query.payslip': { allow: { 'client-manager': 'self', 'group-leader': 'self', 'team-lead': 'self', 'regional-manager': 'self', 'attendance-clerk': 'self', 'archive-clerk': 'self', 'asset-keeper': 'self', 'branch-finance': 'all', 'branch-deputy-manager': 'all', 'branch-manager': 'all', recruiter: 'self', 'recruiter@HQ': 'self', trainer: 'self', 'trainer@HQ': 'self', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' }, note: "Branch payroll roles get null (no refusal) for a person of another branch who has no payslip line: the line is looked up before the check" },
  'Query.branchComparison': { allow: { 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' }, args: () => ({ period: '2026-10' }) },
  'Query.workPlans': { allow: { 'client-manager': 'team', 'group-leader': 'team', 'team-lead': 'team', 'regional-manager': 'team', 'attendance-clerk': 'all', 'archive-clerk': 'all', 'asset-keeper': 'all', 'branch-finance': 'all', 'branch-deputy-manager': 'all', 'branch-manager': 'all', recruiter: 'all', 'recruiter@HQ': 'all', trainer: 'all', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' }, note: LIST_FILTERED },
  'Query.workPlan': { allow: ANYONE, note: ID_ONLY },
  'Query.planProgress': { allow: ANYONE, args: () => ({ period: '2026-10' }), note: "Anyone signed in: NOT_FOUND when the team has no approved plan, before any scope check (DOMAIN.md R-1.4 does not say who reads progress)" },
  'Query.analysisReports': { allow: { 'team-lead': 'team', 'branch-deputy-manager': 'all', 'branch-manager': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' }, note: LIST_FILTERED },
  'Query.analysisReport': { allow: ANYONE, note: ID_ONLY },
  'Query.levelRuleSets': { allow: ANYONE },
  'Query.levelRulesFor': { allow: ANYONE },
  'Query.assessments': { allow: ANYONE, note: LIST_FILTERED },
  'Query.managementRules': { allow: { 'client-manager': 'team', 'group-leader': 'team', 'team-lead': 'team', 'regional-manager': 'team', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.managementRulesFor': { allow: { 'client-manager': 'team', 'group-leader': 'team', 'team-lead': 'team', 'regional-manager': 'team', 'attendance-clerk': 'branch', 'archive-clerk': 'branch', 'asset-keeper': 'branch', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'branch', 'recruiter@HQ': 'all', trainer: 'branch', 'trainer@HQ': 'all', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Query.assetCharges': { allow: { 'client-manager': 'self', 'group-leader': 'self', 'team-lead': 'self', 'regional-manager': 'self', 'attendance-clerk': 'self', 'archive-clerk': 'self', 'asset-keeper': 'self', 'branch-finance': 'branch', 'branch-deputy-manager': 'branch', 'branch-manager': 'branch', recruiter: 'self', 'recruiter@HQ': 'self', trainer: 'self', 'trainer@HQ': 'self', 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all', 'campaign-staff': 'self' } },
  'Query.performanceAuditLog': { allow: { 'branch-manager': 'branch', 'brokerage-office': 'all', 'channel-management': 'all', executive: 'all' }, kind: 'branch' },
  'Mutation.importMetrics': { allow: { 'branch-finance': 'all', 'branch-manager': 'all' }, note: VALIDATED_FIRST },
  'Mutation.decideApprovalStep': { allow: { 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Mutation.recordCosignOpinion': { allow: { 'brokerage-office': 'all', 'channel-management': 'all', 'executive': 'all' } },
  'Mutation.proposeCompensationStandard': { allow: { 'branch-manager': 'all', 'channel-management': 'all' }, note: VALIDATED_FIRST },
  'Mutation.computePayroll': { allow: { 'branch-finance': 'branch' } },
  'Mutation.computePayrollAdjustment': { allow: { 'branch-finance': 'branch' } },
  'Mutation.signPayroll': { allow: { 'branch-finance': 'all', 'branch-deputy-manager': 'all', 'branch-manager': 'all' } },
  'Mutation.rejectPayroll': { allow: { 'branch-finance': 'all', 'branch-deputy-manager': 'all', 'branch-manager': 'all' } },
  'Mutation.fileWithBrokerageOffice': { allow: { 'branch-finance': 'all', 'branch-manager': 'all' } },
  'Mutation.fileWorkPlan': { allow: { 'branch-manager': 'branch' } },
  'Mutation.assignGoals': { allow: { 'team-lead': 'all', 'branch-manager': 'all' }, note: ID_ONLY },
  'Mutation.saveAnalysisReport': { allow: { 'team-lead': 'team' } },
  'Mutation.submitAnalysisReport': { allow: { 'team-lead': 'all' } },
  'Mutation.proposeLevelRules': { allow: { 'channel-management': 'all' } },
  'Mutation.runAssessmentCycle': { allow: { 'branch-deputy-manager': 'branch', 'branch-manager': 'branch' } },
  'Mutation.confirmLevelProposal': { allow: { 'branch-manager': 'all' } },
  'Mutation.rejectLevelProposal': { allow: { 'branch-manager': 'all' } },
  'Mutation.proposeManagementRules': { allow: { 'branch-manager': 'all' }, note: VALIDATED_FIRST },
  'Mutation.reviewMetricsImport': { allow: { 'branch-finance': 'branch' } },
};
