import type { FieldProblem } from '@bg/graphql';
import { CustomerTier, IssueStatus } from './customer-visit.entity';

/** Whose follow-ups a `followUps` query lists: a team's, a person's, or (naming neither) the caller's own. */
export type FollowUpSubject = { teamId: string } | { employeeId: string };

/**
 * 谁走访谁督办 (R-2.9): the visitor follows up the issues of their visits, so anyone who made
 * visits lists their own follow-ups by naming nobody; a team or a person is named for the leads'
 * and the branch's views (whether the caller may see them is the scope's question).
 */
export function followUpSubject(
  args: { teamId?: string | null; employeeId?: string | null },
  callerEmployeeId: string | null,
): FollowUpSubject | FieldProblem[] {
  if (args.teamId && args.employeeId) return [{ field: 'employeeId', problem: 'name a team or an employee, not both' }];
  if (args.teamId) return { teamId: args.teamId };
  if (args.employeeId) return { employeeId: args.employeeId };
  if (callerEmployeeId) return { employeeId: callerEmployeeId };
  return [{ field: 'teamId', problem: 'you are not an employee with visits of your own: name a team or an employee' }];
}

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

export interface ReportVisit {
  employeeId: string;
  tier: CustomerTier;
}
export interface ReportIssue extends IssueFacts {
  employeeId: string;
  raisedOn: string;
}

export interface ManagerLine {
  employeeId: string;
  visits: number;
  byTier: Array<{ tier: CustomerTier; visits: number }>;
  issuesOpened: number;
  issuesResolved: number;
  issuesOverdue: number;
}

/**
 * The quarterly visit report's figures: visits per tier, issues raised in the quarter,
 * resolved (the customer told) in it, and overdue as of `today`; per manager and in total.
 */
export function visitReport(visits: ReportVisit[], issues: ReportIssue[], range: { from: string; to: string }, today: string) {
  const tiers = Object.values(CustomerTier);
  const line = (employeeId: string): ManagerLine => {
    const v = visits.filter((x) => x.employeeId === employeeId || employeeId === '*');
    const i = issues.filter((x) => x.employeeId === employeeId || employeeId === '*');
    return {
      employeeId,
      visits: v.length,
      byTier: tiers.map((tier) => ({ tier, visits: v.filter((x) => x.tier === tier).length })),
      issuesOpened: i.filter((x) => x.raisedOn >= range.from && x.raisedOn <= range.to).length,
      issuesResolved: i.filter((x) => x.status === IssueStatus.RESOLVED && !!x.customerToldOn && x.customerToldOn >= range.from && x.customerToldOn <= range.to)
        .length,
      issuesOverdue: i.filter((x) => isOverdue(x, today)).length,
    };
  };
  const managers = [...new Set([...visits.map((v) => v.employeeId), ...issues.map((i) => i.employeeId)])].sort();
  return { total: line('*'), byManager: managers.map(line) };
}
