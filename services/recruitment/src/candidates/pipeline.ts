import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, type RequestContext } from '@bg/graphql';
import { contractKindFor, recordEvent } from '@bg/events';
import { candidateScope, covers } from '../access/access';
import { CandidateStage, hireProblems, moveProblems, type CandidateState, type HirePlacement } from '../pipeline/pipeline.rules';
import { Requisition, RequisitionStatus } from '../requisitions/requisition.entity';
import { Candidate, CandidateDocument, CandidateEvaluation, Probation, StageMove } from './candidate.entity';

/** A candidate the caller may see and act on (recruiters their branch / HQ all, branch managers theirs). */
export async function scopedCandidate(ctx: RequestContext, id: string): Promise<Candidate> {
  const c = await ctx.em.findOne(Candidate, id);
  if (!c) throw new NotFoundError('Candidate', id);
  if (!covers(candidateScope(ctx.principal), c.branchId)) throw new ForbiddenError(`Candidate ${id} is another branch's`);
  return c;
}

export async function latestEvaluation(em: EntityManager, c: Candidate): Promise<CandidateEvaluation | null> {
  return em.findOne(CandidateEvaluation, { candidateId: c.id, requisitionId: c.requisitionId }, { orderBy: { evaluatedAt: 'desc' } });
}

export async function currentProbation(em: EntityManager, c: Candidate): Promise<Probation | null> {
  return em.findOne(Probation, { candidateId: c.id, requisitionId: c.requisitionId }, { orderBy: { startsOn: 'desc' } });
}

/** What the stage rules need to know about a candidate. */
export async function stateOf(em: EntityManager, c: Candidate): Promise<CandidateState> {
  const [documents, evaluation, probation] = await Promise.all([
    em.find(CandidateDocument, { candidateId: c.id }),
    latestEvaluation(em, c),
    currentProbation(em, c),
  ]);
  return {
    stage: c.stage,
    documents,
    evaluationPassed: evaluation ? evaluation.passed : null,
    probationOutcome: probation?.outcome ?? null,
    hasProbation: !!probation,
  };
}

/** Refuses a move the rules do not allow, with every reason. */
export function assertMove(c: Candidate, state: CandidateState, to: CandidateStage): void {
  const problems = moveProblems(state, to);
  if (problems.length) throw new BadInputError(`${c.name} cannot move from ${c.stage} to ${to}`, problems);
}

/** Moves the candidate and writes the history line; the caller flushes. */
export function move(em: EntityManager, c: Candidate, to: CandidateStage, by: string, note: string | null = null): void {
  em.create(StageMove, { candidateId: c.id, requisitionId: c.requisitionId, from: c.stage, to, by, note } as StageMove);
  c.stage = to;
  c.stageChangedAt = new Date();
  c.stageChangedBy = by;
}

/** Flushes a change to a candidate; a concurrent change of the same candidate makes this one a conflict. */
export async function commit(em: EntityManager, c: Candidate): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof OptimisticLockError) throw new ConflictError(`${c.name} was changed by someone else meanwhile; reload and try again`);
    throw e;
  }
}

/** The only way in for new requisitions: open ones. */
export function assertOpen(r: Requisition): void {
  if (r.status !== RequisitionStatus.OPEN) throw new ConflictError(`Requisition ${r.id} is ${r.status}`);
}

/**
 * 录用: moves a candidate who passed probation to HIRED and sends `CandidateHired` with everything
 * verified — ID number, the genuine documents with their checks, the team, group and outlet the
 * new manager is placed in, the contract kind — in one flush. Every reason against the hire is
 * given at once. Idempotent: a hired candidate is returned as is, no event.
 */
export async function hire(ctx: RequestContext, candidateId: string, hiredOn: string, placement: HirePlacement = {}): Promise<Candidate> {
  const { em, principal } = ctx;
  const c = await scopedCandidate(ctx, candidateId);
  if (c.stage === CandidateStage.HIRED) return c;
  const problems = [...moveProblems(await stateOf(em, c), CandidateStage.HIRED), ...hireProblems(c, placement)];
  const probation = await currentProbation(em, c);
  if (probation && hiredOn < probation.startsOn) problems.push({ field: 'hiredOn', problem: `the probation started on ${probation.startsOn}` });
  if (problems.length) throw new BadInputError(`${c.name} cannot be hired as asked`, problems);
  const idNumber = c.idNumber ?? placement.idNumber!.trim();
  if (!c.idNumber) {
    const known = await em.findOne(Candidate, { idNumber, id: { $ne: c.id } });
    if (known) throw new ConflictError(`ID number ending ${idNumber.slice(-4)} is already candidate ${known.id}'s`);
  }
  const requisition = await em.findOneOrFail(Requisition, c.requisitionId);
  if (requisition.status !== RequisitionStatus.OPEN)
    throw new ConflictError(`Requisition ${requisition.id} is ${requisition.status}; re-activate the candidate into an open one`);
  const hiredSoFar = await em.count(Candidate, { requisitionId: requisition.id, stage: CandidateStage.HIRED });

  move(em, c, CandidateStage.HIRED, principal.username);
  Object.assign(c, {
    hiredOn,
    idNumber,
    teamId: placement.teamId?.trim() || c.teamId,
    groupId: placement.groupId!.trim(),
    outletId: placement.outletId!.trim(),
  });
  if (hiredSoFar + 1 >= requisition.posts) requisition.status = RequisitionStatus.FILLED;
  const documents = await em.find(CandidateDocument, { candidateId: c.id, genuine: true }, { orderBy: { kind: 'asc', verifiedAt: 'desc' } });
  recordEvent(em, 'recruitment', 'CandidateHired', c.id, {
    candidateId: c.id,
    branchId: c.branchId,
    teamId: c.teamId,
    groupId: c.groupId,
    outletId: c.outletId,
    name: c.name,
    idNumber,
    employmentType: c.employmentType,
    contractKind: contractKindFor(c.employmentType),
    hiredOn,
    documents: documents.map((d) => ({
      kind: d.kind,
      fileRef: d.fileRef,
      verifiedBy: d.verifiedBy!,
      verifiedAt: d.verifiedAt!.toISOString(),
      genuine: true,
      method: d.method,
      note: d.note,
    })),
  });
  try {
    await em.flush();
  } catch (e) {
    if (!(e instanceof OptimisticLockError)) throw e;
    // Hired by a concurrent request: that one sent the event; this one returns its result.
    const again = await em.fork().findOneOrFail(Candidate, c.id);
    if (again.stage === CandidateStage.HIRED) return again;
    throw new ConflictError(`${c.name} was changed by someone else meanwhile; reload and try again`);
  }
  return c;
}
