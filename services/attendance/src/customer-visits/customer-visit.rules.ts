import { CustomerVisitTier, IssueStatus } from './customer-visit.entity';

export interface IssueFacts {
  status: IssueStatus;
  dueOn: string;
  customerToldOn: string | null;
}

/** Overdue: the customer was not told by the due date (still unresolved after it, or told late). */
export function isOverdue(issue: IssueFacts, today: string): boolean {
  if (issue.status === IssueStatus.RESOLVED) return !!issue.customerToldOn && issue.customerToldOn > issue.dueOn;
  return issue.dueOn < today;
}

export interface ReportVisit { employeeId: string; tier: CustomerVisitTier }
export interface ReportIssue extends IssueFacts { employeeId: string; raisedOn: string }

export interface ManagerLine {
  employeeId: string;
  visits: number;
  byTier: Array<{ tier: CustomerVisitTier; visits: number }>;
  issuesOpened: number;
  issuesResolved: number;
  issuesOverdue: number;
}

/**
 * The quarterly visit report's figures: visits per tier, issues raised in the quarter,
 * resolved (the customer told) in it, and overdue as of `today`; per manager and in total.
 */
export function visitReport(visits: ReportVisit[], issues: ReportIssue[], range: { from: string; to: string }, today: string) {
  const tiers = Object.values(CustomerVisitTier);
  const line = (employeeId: string): ManagerLine => {
    const v = visits.filter((x) => x.employeeId === employeeId || employeeId === '*');
    const i = issues.filter((x) => x.employeeId === employeeId || employeeId === '*');
    return {
      employeeId,
      visits: v.length,
      byTier: tiers.map((tier) => ({ tier, visits: v.filter((x) => x.tier === tier).length })),
      issuesOpened: i.filter((x) => x.raisedOn >= range.from && x.raisedOn <= range.to).length,
      issuesResolved: i.filter((x) => x.status === IssueStatus.RESOLVED && !!x.customerToldOn && x.customerToldOn >= range.from && x.customerToldOn <= range.to).length,
      issuesOverdue: i.filter((x) => isOverdue(x, today)).length,
    };
  };
  const managers = [...new Set([...visits.map((v) => v.employeeId), ...issues.map((i) => i.employeeId)])].sort();
  return { total: line('*'), byManager: managers.map(line) };
}
