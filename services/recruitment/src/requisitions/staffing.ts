/**
 * staffing approval (issue 16, item 2): a requisition opened by the branch waits on the
 * approval route (in performance) before it takes candidates. Out: `StaffingRequested` when it is
 * opened; in: performance.approval's `ApprovalSubmitted` (the approval's id) and `ApprovalClosed`
 * (kind STAFFING): approved -> OPEN, rejected -> REJECTED with the reason.
 */
import type { EntityManager } from '@mikro-orm/core';
import { hasRole, type Principal } from '@bg/auth';
import { recordEvent, type EventData, type EventHandlers } from '@bg/events';
import { Requisition, RequisitionStatus } from './requisition.entity';

/** What the end of the staffing route does to a requisition (pure); null: nothing (not waiting any more, e.g. a replay). */
export function staffingOutcome(
  status: RequisitionStatus,
  closed: Pick<EventData<'ApprovalClosed'>, 'status' | 'reason'>,
): { status: RequisitionStatus; rejectionReason: string | null } | null {
  if (status !== RequisitionStatus.PENDING_APPROVAL) return null;
  return closed.status === 'APPROVED'
    ? { status: RequisitionStatus.OPEN, rejectionReason: null }
    : { status: RequisitionStatus.REJECTED, rejectionReason: closed.reason ?? '' };
}

/** The role the branch asks in: its manager when the opener is one, else the recruiter. */
export const requesterRole = (p: Principal, branchId: string): string =>
  hasRole(p, 'branch-manager') && p.branchId === branchId ? 'branch-manager' : 'recruiter';

/** Records StaffingRequested for a requisition just opened (same flush). */
export function requestStaffing(em: EntityManager, p: Principal, r: Requisition): void {
  recordEvent(em, 'recruitment', 'StaffingRequested', r.id, {
    requisitionId: r.id,
    branchId: r.branchId,
    teamId: r.teamId,
    title: r.title,
    posts: r.posts,
    employmentType: r.employmentType,
    requestedBy: p.username,
    requestedByEmployeeId: p.employeeId,
    requestedByRole: requesterRole(p, r.branchId),
    requestedAt: r.createdAt.toISOString(),
  });
}

export const STAFFING_TOPICS = ['performance.approval'] as const;

export const staffingHandlers: EventHandlers = {
  async ApprovalSubmitted(em, { data }) {
    const d = data as EventData<'ApprovalSubmitted'>;
    if (d.kind !== 'STAFFING') return;
    const r = await em.findOne(Requisition, d.subjectId);
    if (r && !r.approvalId) r.approvalId = d.requestId;
  },
  async ApprovalClosed(em, { data }) {
    const d = data as EventData<'ApprovalClosed'>;
    if (d.kind !== 'STAFFING') return;
    const r = await em.findOne(Requisition, d.subjectId);
    if (!r) return;
    const out = staffingOutcome(r.status, d);
    if (!out) return;
    Object.assign(r, out, { approvalId: d.requestId, decidedBy: d.closedBy });
  },
};
