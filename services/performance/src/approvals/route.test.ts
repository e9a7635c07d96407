import type { Principal, Role } from '@bg/auth';
import { ApprovalStage, ApprovalStatus, CosignDepartment, apply, maySubmit, nextStage, refusal, waitingFor, type RouteAction, type RouteState } from './route';

const who = (role: Role, branchId: string | null = 'HQ'): Principal => ({
  subject: role,
  username: role,
  roles: [role],
  employeeId: null,
  branchId,
  teamId: null,
  groupId: null,
});
const office = who('brokerage-office');
const channel = who('channel-management');
const vp = who('executive');
const ok = (comment = ''): RouteAction => ({ kind: 'decide', approve: true, comment });
const state = (stage: ApprovalStage, extra: Partial<RouteState> = {}): RouteState => ({
  status: ApprovalStatus.IN_PROGRESS,
  stage,
  cosignDepartments: [],
  cosigned: [],
  ...extra,
});
const { HUMAN_RESOURCES: HR, FINANCE } = CosignDepartment;

describe('the R-1.3 route', () => {
  it('runs office -> channel (naming co-signers) -> co-signs in any order -> office -> VP -> office, then ends approved', () => {
    let s = state(ApprovalStage.OFFICE_REVIEW);
    const step = (p: Principal, a: RouteAction) => {
      expect(refusal(s, p, a)).toBeNull();
      const out = apply(s, a);
      s = out;
      return out;
    };
    expect(step(office, ok()).stage).toBe(ApprovalStage.CHANNEL_REVIEW);
    expect(step(channel, { kind: 'decide', approve: true, comment: '请人力、财务会签', cosignDepartments: [HR, FINANCE] }).stage).toBe(ApprovalStage.COSIGN);
    expect(waitingFor(s)).toEqual({ stage: ApprovalStage.COSIGN, role: 'brokerage-office', departments: [HR, FINANCE] });
    expect(step(office, { kind: 'cosign', department: FINANCE, approve: true, comment: '', signatory: '财务 赵' }).stage).toBe(ApprovalStage.COSIGN);
    expect(waitingFor(s)!.departments).toEqual([HR]);
    expect(step(office, { kind: 'cosign', department: HR, approve: true, comment: '', signatory: '人力 孙' }).stage).toBe(ApprovalStage.OFFICE_ROUTING);
    expect(step(office, ok()).stage).toBe(ApprovalStage.EXECUTIVE_APPROVAL);
    expect(step(vp, ok('同意')).stage).toBe(ApprovalStage.OFFICE_CLOSE);
    const end = step(office, ok());
    expect(end).toMatchObject({ status: ApprovalStatus.APPROVED, ended: true });
    expect(waitingFor(s)).toBeNull();
  });

  it('skips the co-sign stage when channel management names no department', () => {
    expect(nextStage(ApprovalStage.CHANNEL_REVIEW, [])).toBe(ApprovalStage.OFFICE_ROUTING);
    expect(apply(state(ApprovalStage.CHANNEL_REVIEW), ok()).stage).toBe(ApprovalStage.OFFICE_ROUTING);
    expect(nextStage(ApprovalStage.OFFICE_CLOSE, [])).toBeNull();
  });

  it('ends rejected at any stage, a co-sign disagreement included', () => {
    for (const [stage, p] of [
      [ApprovalStage.OFFICE_REVIEW, office],
      [ApprovalStage.CHANNEL_REVIEW, channel],
      [ApprovalStage.EXECUTIVE_APPROVAL, vp],
    ] as const) {
      const a: RouteAction = { kind: 'decide', approve: false, comment: '目标偏低' };
      expect(refusal(state(stage), p, a)).toBeNull();
      expect(apply(state(stage), a)).toMatchObject({ status: ApprovalStatus.REJECTED, stage, ended: true });
    }
    const s = state(ApprovalStage.COSIGN, { cosignDepartments: [HR] });
    expect(apply(s, { kind: 'cosign', department: HR, approve: false, comment: '编制不足', signatory: '人力 孙' }).status).toBe(ApprovalStatus.REJECTED);
  });

  it('refuses roles off the route (FORBIDDEN) and the wrong role or stage (CONFLICT)', () => {
    expect(refusal(state(ApprovalStage.OFFICE_REVIEW), who('branch-manager', 'SZ01'), ok())?.code).toBe('FORBIDDEN');
    expect(refusal(state(ApprovalStage.OFFICE_REVIEW), vp, ok())).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('brokerage-office') });
    expect(refusal(state(ApprovalStage.CHANNEL_REVIEW), office, ok())?.code).toBe('CONFLICT');
    expect(refusal(state(ApprovalStage.EXECUTIVE_APPROVAL), channel, ok())?.code).toBe('CONFLICT');
    const cosigning = state(ApprovalStage.COSIGN, { cosignDepartments: [HR, FINANCE], cosigned: [FINANCE] });
    expect(refusal(cosigning, office, ok())?.message).toContain('co-sign opinions of 人力资源部');
    expect(refusal(cosigning, office, { kind: 'cosign', department: FINANCE, approve: true, comment: '', signatory: 'x' })?.message).toContain('already');
    expect(
      refusal(cosigning, office, { kind: 'cosign', department: CosignDepartment.COMPLIANCE, approve: true, comment: '', signatory: 'x' })?.message,
    ).toContain('not named');
    expect(refusal(cosigning, vp, { kind: 'cosign', department: HR, approve: true, comment: '', signatory: 'x' })?.code).toBe('CONFLICT');
    expect(refusal(state(ApprovalStage.OFFICE_ROUTING), office, { kind: 'cosign', department: HR, approve: true, comment: '', signatory: 'x' })?.code).toBe(
      'CONFLICT',
    );
    expect(refusal({ ...state(ApprovalStage.OFFICE_CLOSE), status: ApprovalStatus.APPROVED }, office, ok())?.code).toBe('CONFLICT');
  });

  it('needs a reason to reject, a signatory for a co-sign; the office cannot reject after the VP; only channel review names co-signers', () => {
    expect(refusal(state(ApprovalStage.OFFICE_REVIEW), office, { kind: 'decide', approve: false, comment: ' ' })).toMatchObject({
      code: 'BAD_INPUT',
      field: 'comment',
    });
    expect(
      refusal(state(ApprovalStage.COSIGN, { cosignDepartments: [HR] }), office, { kind: 'cosign', department: HR, approve: true, comment: '', signatory: '' })
        ?.field,
    ).toBe('signatory');
    expect(refusal(state(ApprovalStage.OFFICE_CLOSE), office, { kind: 'decide', approve: false, comment: '不' })?.field).toBe('approve');
    expect(refusal(state(ApprovalStage.OFFICE_REVIEW), office, { kind: 'decide', approve: true, comment: '', cosignDepartments: [HR] })?.field).toBe(
      'cosignDepartments',
    );
    expect(refusal(state(ApprovalStage.CHANNEL_REVIEW), channel, { kind: 'decide', approve: true, comment: '', cosignDepartments: [HR, HR] })?.field).toBe(
      'cosignDepartments',
    );
  });

  it('is submitted by the branch manager for a branch, by channel management for the whole company', () => {
    expect(maySubmit(who('branch-manager', 'SZ01'), 'SZ01')).toBe(true);
    expect(maySubmit(who('branch-manager', 'GZ01'), 'SZ01')).toBe(false);
    expect(maySubmit(who('team-lead', 'SZ01'), 'SZ01')).toBe(false);
    expect(maySubmit(channel, null)).toBe(true);
    expect(maySubmit(who('branch-manager', 'SZ01'), null)).toBe(false);
    expect(maySubmit(channel, 'SZ01')).toBe(false);
  });
});
