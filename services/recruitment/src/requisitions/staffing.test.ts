import { RequisitionStatus } from './requisition.entity';
import { requesterRole, staffingOutcome } from './staffing';

describe('staffing approval of a requisition (R-1.3)', () => {
  it('opens a waiting requisition when the route ends approved, rejects it with the reason otherwise', () => {
    expect(staffingOutcome(RequisitionStatus.PENDING_APPROVAL, { status: 'APPROVED', reason: null })).toEqual({
      status: RequisitionStatus.OPEN,
      rejectionReason: null,
    });
    expect(staffingOutcome(RequisitionStatus.PENDING_APPROVAL, { status: 'REJECTED', reason: '编制已满' })).toEqual({
      status: RequisitionStatus.REJECTED,
      rejectionReason: '编制已满',
    });
  });
  it('changes nothing once the requisition is not waiting (a replayed event)', () => {
    for (const s of [RequisitionStatus.OPEN, RequisitionStatus.CLOSED, RequisitionStatus.FILLED, RequisitionStatus.REJECTED]) {
      expect(staffingOutcome(s, { status: 'REJECTED', reason: 'x' })).toBeNull();
    }
  });
  it('names the role the branch asked in', () => {
    const p = (roles: string[], branchId: string) => ({ roles, branchId }) as any;
    expect(requesterRole(p(['branch-manager'], 'SZ01'), 'SZ01')).toBe('branch-manager');
    expect(requesterRole(p(['recruiter'], 'HQ'), 'SZ01')).toBe('recruiter');
  });
});
