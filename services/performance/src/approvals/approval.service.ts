/**
 * the approval route's persistence (ApprovalRequest + ApprovalStep) and the registry other
 * modules plug into: a subject kind registers what happens when the route ends, and submits a
 * version of a subject with `submitForApproval` in the same transaction that writes the version.
 */
import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@bg/graphql';
import { ApprovalRequest, ApprovalStep, StepDecision } from './approval.entity';
import { ApprovalKind, ApprovalStage, ApprovalStatus, CosignDepartment, STAGE_ROLE, apply, maySubmit, refusal, submitterRole, type RouteAction } from './route';

/** How the route ended, told to the subject. */
export interface ApprovalDecision {
  requestId: string;
  kind: ApprovalKind;
  subjectId: string;
  /** Who took the last step (the brokerage office closing the route, or whoever rejected). */
  actedBy: string;
  actedAt: Date;
  comment: string;
  /** The VP who approved it (null on a rejection before that step). */
  approvedBy: string | null;
}

export interface ApprovalSubjectHandlers {
  /** The route ended approved (流程结束): the subject version becomes APPROVED and applies. Runs in the deciding transaction. */
  onApproved(em: EntityManager, subjectId: string, decision: ApprovalDecision): Promise<void> | void;
  /** Rejected at some step: the subject version goes back to the submitter, REJECTED, with the reason. Runs in the deciding transaction. */
  onRejected(em: EntityManager, subjectId: string, reason: string, decision: ApprovalDecision): Promise<void> | void;
}

const registry = new Map<ApprovalKind, ApprovalSubjectHandlers>();

/** Plug a kind of subject into the route (once per kind, at module load). */
export function registerApprovalSubject(kind: ApprovalKind, handlers: ApprovalSubjectHandlers): void {
  registry.set(kind, handlers);
}

function handlersOf(kind: ApprovalKind): ApprovalSubjectHandlers {
  const h = registry.get(kind);
  if (!h) throw new Error(`No approval subject registered for ${kind}`);
  return h;
}

export interface SubmitForApproval {
  kind: ApprovalKind;
  subjectId: string;
  /** The subject's version (a resubmission after a rejection is a new version); 1 if the subject has none. */
  subjectVersion?: number;
  /** The submitting branch; null for a company-wide subject (head office, channel-management, submits). */
  branchId: string | null;
  title: string;
  comment?: string;
}

/**
 * Put a subject version on the route. Call it inside the transaction that writes the version: it
 * refuses (FORBIDDEN) unless `p` is the branch's manager (or channel management for a company-wide
 * subject), and (CONFLICT) while the same subject is already on the route. It flushes.
 */
export async function submitForApproval(em: EntityManager, p: Principal, input: SubmitForApproval): Promise<ApprovalRequest> {
  handlersOf(input.kind);
  if (!maySubmit(p, input.branchId)) {
    throw new ForbiddenError(
      input.branchId
        ? `Only the manager of branch ${input.branchId} submits its ${input.kind.toLowerCase().replace(/_/g, ' ')} for approval`
        : 'Company-wide subjects are submitted for approval by the channel management department (head office)',
    );
  }
  if (await em.count(ApprovalRequest, { kind: input.kind, subjectId: input.subjectId, status: { $ne: ApprovalStatus.REJECTED } })) {
    throw new ConflictError('This version is already on the approval route (or approved); a rejected subject is resubmitted as a new version');
  }
  return putOnRoute(em, input, { username: p.username, employeeId: p.employeeId, role: submitterRole(input.branchId) });
}

/** Who submitted a subject (for a subject that arrives by event, the person who asked in the other service). */
export interface Submitter {
  username: string;
  employeeId: string | null;
  role: string;
}

/** Writes the request and its submitting step (and ApprovalSubmitted); the caller has checked who may submit. It flushes. */
export async function putOnRoute(em: EntityManager, input: SubmitForApproval, by: Submitter): Promise<ApprovalRequest> {
  handlersOf(input.kind);
  const request = em.create(ApprovalRequest, {
    kind: input.kind,
    subjectId: input.subjectId,
    subjectVersion: input.subjectVersion ?? 1,
    branchId: input.branchId,
    title: input.title,
    status: ApprovalStatus.IN_PROGRESS,
    stage: ApprovalStage.OFFICE_REVIEW,
    submittedBy: by.username,
    submittedAt: new Date(),
  } as ApprovalRequest);
  em.create(ApprovalStep, {
    requestId: request.id,
    seq: 1,
    stage: ApprovalStage.SUBMITTED,
    role: by.role,
    actedBy: by.username,
    actorEmployeeId: by.employeeId,
    actedAt: request.submittedAt,
    decision: StepDecision.SUBMITTED,
    comment: (input.comment ?? '').trim(),
  } as ApprovalStep);
  publishSubmitted(em, request);
  await em.flush();
  return request;
}

// Item 15: the route's progress as events on performance.approval (key = the request id), in the same flush as the change.
const ref = (r: ApprovalRequest) => ({ requestId: r.id, kind: r.kind, subjectId: r.subjectId, branchId: r.branchId });

function publishSubmitted(em: EntityManager, r: ApprovalRequest): void {
  recordEvent(em, 'performance', 'ApprovalSubmitted', r.id, {
    ...ref(r),
    subjectVersion: r.subjectVersion,
    title: r.title,
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt.toISOString(),
    stage: r.stage,
  });
}

function publishStep(em: EntityManager, r: ApprovalRequest, step: ApprovalStep, nextStage: ApprovalStage | null): void {
  recordEvent(em, 'performance', 'ApprovalStepDecided', r.id, {
    ...ref(r),
    seq: step.seq,
    stage: step.stage,
    department: step.department,
    decision: step.decision === StepDecision.REJECTED ? 'REJECTED' : 'APPROVED',
    actedBy: step.actedBy,
    actedAt: step.actedAt.toISOString(),
    comment: step.comment,
    nextStage,
  });
}

function publishClosed(em: EntityManager, r: ApprovalRequest, last: ApprovalStep, approvedBy?: string | null): void {
  const approved = r.status === ApprovalStatus.APPROVED;
  recordEvent(em, 'performance', 'ApprovalClosed', r.id, {
    ...ref(r),
    subjectVersion: r.subjectVersion,
    status: approved ? 'APPROVED' : 'REJECTED',
    approvedBy: approved ? (approvedBy ?? null) : null,
    reason: approved ? null : r.rejectionReason,
    closedBy: last.actedBy,
    closedAt: (r.endedAt ?? last.actedAt).toISOString(),
  });
}

export async function loadRequest(em: EntityManager, id: string): Promise<ApprovalRequest> {
  const r = await em.findOne(ApprovalRequest, id);
  if (!r) throw new NotFoundError('Approval request', id);
  return r;
}

export const stepsOf = (em: EntityManager, requestId: string) => em.find(ApprovalStep, { requestId }, { orderBy: { seq: 'asc' } });

async function act(em: EntityManager, p: Principal, requestId: string, action: RouteAction): Promise<ApprovalRequest> {
  if (action.comment.length > 1000) throw new BadInputError('The comment is too long', [{ field: 'comment', problem: 'at most 1,000 characters' }]);
  try {
    return await em.transactional(async (tx) => {
      const r = await tx.findOne(ApprovalRequest, requestId, { refresh: true });
      if (!r) throw new NotFoundError('Approval request', requestId);
      const state = { status: r.status, stage: r.stage, cosignDepartments: r.cosignDepartments, cosigned: r.cosigned };
      const no = refusal(state, p, action);
      if (no?.code === 'FORBIDDEN') throw new ForbiddenError(no.message);
      if (no?.code === 'CONFLICT') throw new ConflictError(no.message);
      if (no) throw new BadInputError(no.message, [{ field: no.field ?? 'approve', problem: no.message }]);

      const steps = await stepsOf(tx, r.id);
      const at = new Date(Math.max(Date.now(), ...steps.map((s) => s.actedAt.getTime() + 1)));
      const step = tx.create(ApprovalStep, {
        requestId: r.id,
        seq: steps.length + 1,
        stage: r.stage,
        role: STAGE_ROLE[r.stage as Exclude<ApprovalStage, ApprovalStage.SUBMITTED>],
        department: action.kind === 'cosign' ? action.department : null,
        signatory: action.kind === 'cosign' ? action.signatory.trim() : null,
        actedBy: p.username,
        actorEmployeeId: p.employeeId,
        actedAt: at,
        decision: action.approve ? StepDecision.APPROVED : StepDecision.REJECTED,
        comment: action.comment.trim(),
      } as ApprovalStep);
      const out = apply(state, action);
      Object.assign(r, {
        status: out.status,
        stage: out.stage,
        cosignDepartmentsJson: JSON.stringify(out.cosignDepartments),
        cosignedJson: JSON.stringify(out.cosigned),
      });
      publishStep(tx, r, step, out.ended ? null : out.stage);
      if (out.ended) {
        r.endedAt = at;
        const decision: ApprovalDecision = {
          requestId: r.id,
          kind: r.kind,
          subjectId: r.subjectId,
          actedBy: p.username,
          actedAt: at,
          comment: step.comment,
          approvedBy: [...steps, step].find((s) => s.stage === ApprovalStage.EXECUTIVE_APPROVAL && s.decision === StepDecision.APPROVED)?.actedBy ?? null,
        };
        const h = handlersOf(r.kind);
        if (out.status === ApprovalStatus.APPROVED) await h.onApproved(tx, r.subjectId, decision);
        else {
          r.rejectionReason = step.comment;
          await h.onRejected(tx, r.subjectId, step.comment, decision);
        }
        publishClosed(tx, r, step, decision.approvedBy);
      }
      await tx.flush();
      return r;
    });
  } catch (e) {
    if (e instanceof OptimisticLockError || e instanceof UniqueConstraintViolationException) {
      throw new ConflictError('Someone else acted on this approval at the same time; reload it and try again');
    }
    throw e;
  }
}

/** A decision at the current stage (not a co-sign): approve/pass on, or reject with a reason. Channel management names the co-signers here. */
export function decideApprovalStep(
  em: EntityManager,
  p: Principal,
  requestId: string,
  input: { approve: boolean; comment?: string; cosignDepartments?: CosignDepartment[] | null },
): Promise<ApprovalRequest> {
  return act(em, p, requestId, { kind: 'decide', approve: input.approve, comment: input.comment ?? '', cosignDepartments: input.cosignDepartments ?? null });
}

/** A co-signing department's opinion (会签意见), recorded by the brokerage business office; disagreeing rejects the subject. */
export function recordCosignOpinion(
  em: EntityManager,
  p: Principal,
  requestId: string,
  input: { department: CosignDepartment; agree: boolean; comment?: string; signatory: string },
): Promise<ApprovalRequest> {
  return act(em, p, requestId, {
    kind: 'cosign',
    department: input.department,
    approve: input.agree,
    comment: input.comment ?? '',
    signatory: input.signatory,
  });
}
