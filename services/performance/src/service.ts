import { AuditEntry, PERSONNEL_PROJECTIONS, REGION_PROJECTIONS, auditLogResolver, employeeStubReference, type ServiceDefinition } from '@bg/service';
import { BusinessMetrics } from './metrics/business-metrics.entity';
import { MetricsImport } from './metrics/metrics-import.entity';
import { BusinessMetricsResolver, Employee, MetricsImportResolver } from './metrics/business-metrics.resolver';
import { CompensationStandard } from './compensation/standard.entity';
import { CompensationStandardResolver } from './compensation/standard.resolver';
import { AssetLossCharge, AttendanceMonth } from './facts/facts.entity';
import { PayrollLine, PayrollRun, PayrollSignature } from './payroll/payroll.entity';
import { EmployeePayslipResolver, PayrollLineResolver, PayrollRunResolver, PayrollSignatureResolver } from './payroll/payroll.resolver';
import { ComparisonResolver } from './headoffice/comparison.resolver';
import { ApprovalRequest, ApprovalStep } from './approvals/approval.entity';
import { ApprovalRequestResolver } from './approvals/approval.resolver';
import { WorkPlan } from './plans/plan.entity';
import { WorkPlanResolver } from './plans/plan.resolver';
import { BankAgreement } from './plans/bank-agreement.entity';
import { ApprovalAgreementResolver, BankAgreementResolver, WorkPlanAgreementResolver } from './plans/bank-agreement.resolver';
import { Goal } from './goals/goal.entity';
import { GoalResolver } from './goals/goal.resolver';
import { RegionGoal, RegionGoalResolver } from './regions';
import { AnalysisReport } from './reports/report.entity';
import { AnalysisReportResolver } from './reports/report.resolver';
import { DutyFact } from './facts/duty-fact.entity';
import { DutyFactResolver } from './facts/duty-fact.resolver';
import { LevelRuleSet } from './levels/level-rules.entity';
import { LevelRulesResolver } from './levels/level-rules.resolver';
import { Assessment } from './assessments/assessment.entity';
import { AssessmentResolver, EmployeeAssessmentsResolver } from './assessments/assessment.resolver';
import { CONSUMED_TOPICS, performanceHandlers, prefetchPerformance } from './events/handlers';
import { seedDemoPerformance } from './demo/seed';
import { migrations } from './migrations';
import { STAFFING_TOPICS, staffingHandlers } from './staffing/staffing';
import { ManagementRules } from './management-rules/management-rules.entity';
import { ManagementRulesResolver } from './management-rules/management-rules.resolver';
import { AssetChargeResolver } from './charges/charges.resolver';
import { MetricsReviewResolver } from './metrics-review/review.resolver';
import { PLAN_REVIEW_ENTITIES, PLAN_REVIEW_RESOLVERS } from './plan-reviews';
import { CAMPAIGN_ENTITIES, CAMPAIGN_RESOLVERS, CUSTOMER_TOPICS, customerHandlers } from './campaigns';

export const PERFORMANCE_ENTITIES = [
  BusinessMetrics,
  MetricsImport,
  CompensationStandard,
  AttendanceMonth,
  AssetLossCharge,
  PayrollRun,
  PayrollLine,
  PayrollSignature,
  ...PERSONNEL_PROJECTIONS,
  ApprovalRequest,
  ApprovalStep,
  WorkPlan,
  BankAgreement,
  Goal,
  AnalysisReport,
  DutyFact,
  LevelRuleSet,
  Assessment,
  ManagementRules,
  AuditEntry,
  ...CAMPAIGN_ENTITIES,
  ...PLAN_REVIEW_ENTITIES,
  ...REGION_PROJECTIONS,
  RegionGoal,
];

/** The audit log of payroll sign-offs and rejections, pay report exports and level decisions. */
const PerformanceAuditLogResolver = auditLogResolver(
  'performanceAuditLog',
  'payroll sign-offs and rejections, pay report exports and level proposal decisions',
);

/** Performance & payroll: business figures, compensation standards, payroll with sign-off, the head-office view (R-1.x, R-4.x). */
export const performance: ServiceDefinition = {
  name: 'performance',
  entities: PERFORMANCE_ENTITIES,
  migrations,
  resolvers: [
    DutyFactResolver,
    BusinessMetricsResolver,
    MetricsImportResolver,
    CompensationStandardResolver,
    PayrollRunResolver,
    PayrollLineResolver,
    PayrollSignatureResolver,
    EmployeePayslipResolver,
    ComparisonResolver,
    ApprovalRequestResolver,
    WorkPlanResolver,
    BankAgreementResolver,
    WorkPlanAgreementResolver,
    ApprovalAgreementResolver,
    GoalResolver,
    AnalysisReportResolver,
    LevelRulesResolver,
    AssessmentResolver,
    EmployeeAssessmentsResolver,
    ManagementRulesResolver,
    AssetChargeResolver,
    MetricsReviewResolver,
    PerformanceAuditLogResolver,
    ...CAMPAIGN_RESOLVERS,
    ...PLAN_REVIEW_RESOLVERS,
    RegionGoalResolver,
  ],
  orphanedTypes: [Employee],
  referenceResolvers: employeeStubReference,
  consumes: {
    topics: [...CONSUMED_TOPICS, ...STAFFING_TOPICS, ...CUSTOMER_TOPICS],
    handlers: { ...performanceHandlers, ...staffingHandlers, ...customerHandlers },
    prefetch: prefetchPerformance,
  },
  seed: seedDemoPerformance,
};
