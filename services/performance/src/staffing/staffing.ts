/**
 * staffing approval (人员编制, issue 16 item 2): a recruitment requisition is a subject of the
 * approval route. Recruitment publishes `StaffingRequested` when a branch opens one; it is put on the
 * route here (kind STAFFING, subject = the requisition, submitted by whoever opened it for the
 * branch), and the route's `ApprovalClosed` on performance.approval tells recruitment whether the
 * requisition may take candidates. Nothing else changes here when the route ends.
 */
import type { EventEnvelope, EventHandlers } from '@bg/events';
import { ApprovalKind, ApprovalRequest, ApprovalStatus, registerApprovalSubject } from '../approvals';
import { putOnRoute } from '../approvals/approval.service';

registerApprovalSubject(ApprovalKind.STAFFING, {
  // The outcome travels to recruitment as ApprovalClosed; performance keeps no staffing subject of its own.
  onApproved() {},
  onRejected() {},
});

/** The approval's title: what the branch asks for. */
export function staffingTitle(d: { title: string; posts: number; teamId: string | null; employmentType: string }): string {
  const type = d.employmentType === 'PART_TIME' ? '兼职' : '全职';
  return `人员编制: ${d.title} (${d.teamId ?? '营业部'}, ${d.posts} 人, ${type})`;
}

export const STAFFING_TOPICS = ['recruitment.requisition'] as const;

export const staffingHandlers: EventHandlers = {
  async StaffingRequested(em, event) {
    const d = (event as EventEnvelope<'StaffingRequested'>).data;
    // a requisition goes on the route once (a redelivery or a replay changes nothing)
    if (await em.findOne(ApprovalRequest, { kind: ApprovalKind.STAFFING, subjectId: d.requisitionId, status: { $ne: ApprovalStatus.REJECTED } })) return;
    await putOnRoute(
      em,
      { kind: ApprovalKind.STAFFING, subjectId: d.requisitionId, branchId: d.branchId, title: staffingTitle(d) },
      {
        username: d.requestedBy,
        employeeId: d.requestedByEmployeeId,
        role: d.requestedByRole,
      },
    );
  },
};
