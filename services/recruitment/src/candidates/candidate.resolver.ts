import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, Length, Max, MaxLength, Min } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import { escapeLike, whereLike } from '@bg/db';
import {
  BadInputError,
  ConflictError,
  Connection,
  decodeCursor,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  childrenOf,
  entityByIdOrFail,
  toPage,
  type FieldProblem,
  type RequestContext,
} from '@bg/graphql';
import { branchFilter, candidateScope } from '../access/access';
import {
  CandidateChannel,
  CandidateDocumentKind,
  CandidateStage,
  POOL_STAGES,
  channelProblems,
  idNumberProblem,
  isClosed,
  probationProblems,
  skillTags,
} from '../pipeline/pipeline.rules';
import { Requisition } from '../requisitions/requisition.entity';
import { recruitingRequisition } from '../requisitions/requisition.resolver';
import { TraineeKind, TrainingEnrolment } from '../training/training.entity';
import { Candidate, CandidateDocument, CandidateEvaluation, Probation, ProbationOutcome, StageMove, VerificationMethod } from './candidate.entity';
import { assertMove, assertOpen, commit, currentProbation, hire, move, scopedCandidate, stateOf } from './pipeline';

@ObjectType()
export class CandidateConnection extends Connection(Candidate) {}

@InputType({ description: 'Narrows the candidate pipeline' })
class CandidateFilter {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) branchId?: string;
  @Field(() => ID, { nullable: true, description: 'The requisition it belongs to' }) requisitionId?: string;
  @Field(() => [CandidateStage], { description: 'Only candidates at one of these stages', nullable: true }) stages?: CandidateStage[];
  @Field(() => CandidateChannel, { nullable: true, description: 'The recruitment channel it came through' }) channel?: CandidateChannel;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Applied on or after' }) appliedFrom?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Applied on or before' }) appliedTo?: string;
  @Field(() => String, { nullable: true, description: 'Name starts with' }) @MaxLength(100) name?: string;
}

@InputType({ description: 'Narrows the talent pool' })
class TalentPoolFilter {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) branchId?: string;
  @Field(() => String, { nullable: true, description: 'A skill tag (or its beginning)' }) @MaxLength(100) skill?: string;
  @Field(() => CandidateChannel, { nullable: true, description: 'The recruitment channel it came through' }) channel?: CandidateChannel;
  @Field(() => CandidateStage, { nullable: true, description: 'The stage reached before rejection or withdrawal' }) lastStage?: CandidateStage;
  @Field(() => String, { nullable: true, description: 'Words in the reason' }) @MaxLength(200) reason?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: withdrawn only; false: rejected only' }) withdrawn?: boolean;
}

@ArgsType()
class SearchArgs {
  @Field(() => CandidateFilter, {
    nullable: true,
    description: 'Which candidates: branch, requisition, stages, channel, application dates, name (all you may see when omitted)',
  })
  filter?: CandidateFilter;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@ArgsType()
class PoolArgs {
  @Field(() => TalentPoolFilter, { nullable: true, description: 'Which pooled candidates: skill, channel, last stage, reason (all you may see when omitted)' })
  filter?: TalentPoolFilter;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@InputType({ description: 'A document a candidate handed in' })
class DocumentInput {
  @Field(() => CandidateDocumentKind, { description: 'Which document (R-6.3)' }) kind!: CandidateDocumentKind;
  @Field({ description: 'Reference of the stored electronic file' }) @Length(1, 200) fileRef!: string;
}

@InputType({ description: 'A candidate who applied' })
class AddCandidateInput {
  @Field(() => ID, { description: 'The requisition it belongs to' }) requisitionId!: string;
  @Field({ description: "The candidate's full name" }) @Length(1, 100) name!: string;
  @Field(() => String, { nullable: true, description: '身份证号 (18 characters)' }) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number' }) @MaxLength(30) phone?: string | null;
  @Field(() => CandidateChannel, { description: 'The recruitment channel it came through' }) channel!: CandidateChannel;
  @Field(() => String, { nullable: true, description: 'School (school-enterprise cooperation), referrer (referral), website...' })
  @MaxLength(200)
  channelDetail?: string | null;
  @Field(() => [String], { description: 'Skills and qualifications, as written', defaultValue: [] }) @ArrayMaxSize(20) skills!: string[];
  @Field(() => LocalDateScalar, { description: 'The day the candidate applied' }) appliedOn!: string;
  @Field(() => [DocumentInput], { defaultValue: [], description: 'Resume and documents handed in' }) @ArrayMaxSize(20) documents!: DocumentInput[];
}

@InputType({ description: 'The evaluation after pre-employment training' })
class EvaluationInput {
  @Field(() => ID, { description: 'The candidate it concerns' }) candidateId!: string;
  @Field(() => Float, { nullable: true, description: 'Default: the average of the pre-employment training results' }) @Min(0) @Max(100) trainingScore?:
    number | null;
  @Field(() => Float, { description: 'Interview, 0-100', nullable: true }) @Min(0) @Max(100) interviewScore?: number | null;
  @Field(() => Float, { description: 'Overall, 0-100' }) @Min(0) @Max(100) overallScore!: number;
  @Field({ description: "The evaluator's conclusion: passed goes on to probation" }) passed!: boolean;
  @Field({ description: "The evaluator's written conclusion" }) @Length(1, 2000) conclusion!: string;
}

const WRITE_ROLES = ['recruiter', 'branch-manager'] as const;
const MOVABLE = [CandidateStage.SCREENED, CandidateStage.CERTIFICATES_VERIFIED, CandidateStage.PRE_EMPLOYMENT_TRAINING];

function candidateWhere(ctx: RequestContext, branchId?: string | null): Record<string, unknown> {
  const scope = branchFilter(candidateScope(ctx.principal), branchId);
  if (!scope) throw new ForbiddenError("You may see your own branch's candidates only");
  return scope;
}

@Resolver(() => Candidate)
export class CandidateResolver {
  @Authorized(...WRITE_ROLES)
  @Query(() => CandidateConnection, { description: 'Search the pipeline by stage, channel, branch, requisition, date; newest applications first' })
  async candidates(@Args() { filter = {}, page }: SearchArgs, @Ctx() ctx: RequestContext) {
    const where = candidateWhere(ctx, filter.branchId);
    if (filter.requisitionId) where.requisitionId = filter.requisitionId;
    if (filter.stages?.length) where.stage = filter.stages.length === 1 ? filter.stages[0] : { $in: filter.stages };
    if (filter.channel) where.channel = filter.channel;
    if (filter.appliedFrom || filter.appliedTo)
      where.appliedOn = { ...(filter.appliedFrom ? { $gte: filter.appliedFrom } : {}), ...(filter.appliedTo ? { $lte: filter.appliedTo } : {}) };
    if (filter.name) Object.assign(where, whereLike('name', `${escapeLike(filter.name)}%`));
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await ctx.em.findAndCount(Candidate, where as FilterQuery<Candidate>, {
      orderBy: { appliedOn: 'desc', id: 'desc' },
      limit: page?.first ?? 50,
      offset,
    });
    return toPage(nodes, total, offset);
  }

  @Authorized(...WRITE_ROLES)
  @Query(() => CandidateConnection, { description: '人才储备: rejected and withdrawn candidates, by skill, channel, last stage, reason' })
  async talentPool(@Args() { filter = {}, page }: PoolArgs, @Ctx() ctx: RequestContext) {
    const where = candidateWhere(ctx, filter.branchId);
    where.stage =
      filter.withdrawn === undefined || filter.withdrawn === null
        ? { $in: [...POOL_STAGES] }
        : filter.withdrawn
          ? CandidateStage.WITHDRAWN
          : CandidateStage.REJECTED;
    if (filter.skill) Object.assign(where, whereLike('skill_tags', `%,${escapeLike(filter.skill.trim().toLowerCase())}%`));
    if (filter.channel) where.channel = filter.channel;
    if (filter.lastStage) where.lastStage = filter.lastStage;
    if (filter.reason) Object.assign(where, whereLike('reason', `%${escapeLike(filter.reason)}%`));
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await ctx.em.findAndCount(Candidate, where as FilterQuery<Candidate>, {
      orderBy: { stageChangedAt: 'desc', id: 'desc' },
      limit: page?.first ?? 50,
      offset,
    });
    return toPage(nodes, total, offset);
  }

  @Authorized(...WRITE_ROLES)
  @Query(() => Candidate, {
    description:
      'One candidate (应聘人员) with their file: recruiters (own branch; head-office recruiters all) and branch managers (own branch) only; FORBIDDEN outside that scope, NOT_FOUND for an unknown id',
  })
  candidate(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() ctx: RequestContext) {
    return scopedCandidate(ctx, id);
  }

  @FieldResolver(() => Requisition, { description: 'The requisition the candidate is in now' })
  requisition(@Root() c: Candidate, @Ctx() ctx: RequestContext) {
    return entityByIdOrFail(ctx, Requisition, c.requisitionId);
  }

  @FieldResolver(() => [CandidateDocument], { description: 'The documents handed in, with their genuineness checks (R-6.3)' })
  documents(@Root() c: Candidate, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, CandidateDocument, 'candidateId', c.id, { orderBy: { kind: 'asc', addedAt: 'asc' } });
  }

  @FieldResolver(() => [StageMove], { description: 'Every move, oldest first, across requisitions' })
  history(@Root() c: Candidate, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, StageMove, 'candidateId', c.id, { orderBy: { at: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [CandidateEvaluation], { description: 'The comprehensive evaluations (综合考评), oldest first' })
  evaluations(@Root() c: Candidate, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, CandidateEvaluation, 'candidateId', c.id, { orderBy: { evaluatedAt: 'asc' } });
  }

  @FieldResolver(() => [Probation], { description: 'The probations (试用期), oldest first' })
  probations(@Root() c: Candidate, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, Probation, 'candidateId', c.id, { orderBy: { startsOn: 'asc' } });
  }

  @FieldResolver(() => [TrainingEnrolment], { description: 'Pre-employment training: enrolments, attendance, results' })
  training(@Root() c: Candidate, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, TrainingEnrolment, 'personId', c.id, { where: { personKind: TraineeKind.CANDIDATE }, orderBy: { enrolledAt: 'asc' } });
  }

  @Authorized('recruiter')
  @Mutation(() => Candidate, { description: 'Add an applicant to an open requisition, with channel, skills and documents' })
  async addCandidate(@Arg('input', { description: 'What to record (see the input type)' }) input: AddCandidateInput, @Ctx() ctx: RequestContext) {
    const { em, principal } = ctx;
    const requisition = await recruitingRequisition(ctx, input.requisitionId);
    assertOpen(requisition);
    const problems: FieldProblem[] = [...channelProblems(input.channel, input.channelDetail)];
    const idProblem = input.idNumber ? idNumberProblem(input.idNumber) : null;
    if (idProblem) problems.push({ field: 'idNumber', problem: idProblem });
    if (problems.length) throw new BadInputError('The candidate cannot be added', problems);
    if (input.idNumber) {
      const known = await em.findOne(Candidate, { idNumber: input.idNumber });
      if (known) {
        throw new ConflictError(
          isClosed(known.stage) && known.stage !== CandidateStage.HIRED
            ? `This person is already in the talent pool as candidate ${known.id}; re-activate them instead`
            : `This person is already candidate ${known.id} (${known.stage})`,
        );
      }
    }
    const c = em.create(Candidate, {
      requisitionId: requisition.id,
      branchId: requisition.branchId,
      teamId: requisition.teamId,
      name: input.name,
      idNumber: input.idNumber ?? null,
      phone: input.phone ?? null,
      channel: input.channel,
      channelDetail: input.channelDetail?.trim() || null,
      skillTags: skillTags(input.skills),
      employmentType: requisition.employmentType,
      appliedOn: input.appliedOn,
      stageChangedBy: principal.username,
    } as Candidate);
    em.create(StageMove, { candidateId: c.id, requisitionId: requisition.id, from: null, to: CandidateStage.APPLIED, by: principal.username } as StageMove);
    for (const d of input.documents)
      em.create(CandidateDocument, { candidateId: c.id, kind: d.kind, fileRef: d.fileRef, addedBy: principal.username } as CandidateDocument);
    await em.flush();
    return c;
  }

  @Authorized('recruiter')
  @Mutation(() => CandidateDocument, { description: "Add a document to a candidate's file. For the roles recruiter" })
  async addCandidateDocument(
    @Arg('candidateId', () => ID, { description: 'The candidate it concerns' }) candidateId: string,
    @Arg('document', { description: 'The document: its kind and the stored file' }) document: DocumentInput,
    @Ctx() ctx: RequestContext,
  ) {
    const c = await scopedCandidate(ctx, candidateId);
    if (c.stage === CandidateStage.HIRED) throw new ConflictError(`${c.name} is hired: the archive is personnel's now`);
    const d = ctx.em.create(CandidateDocument, {
      candidateId: c.id,
      kind: document.kind,
      fileRef: document.fileRef,
      addedBy: ctx.principal.username,
    } as CandidateDocument);
    await ctx.em.flush();
    return d;
  }

  @Authorized('recruiter')
  @Mutation(() => CandidateDocument, { description: 'Record the check of one document: who, how, genuine or not (R-6.3). For the roles recruiter' })
  async verifyCandidateDocument(
    @Arg('documentId', () => ID, { description: 'The candidate document' }) documentId: string,
    @Arg('genuine', { description: 'Whether the certificate proved genuine' }) genuine: boolean,
    @Arg('method', () => VerificationMethod, { description: 'How it was checked' }) method: VerificationMethod,
    @Arg('note', () => String, { nullable: true, description: 'A free-text note' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const d = await ctx.em.findOne(CandidateDocument, documentId);
    if (!d) throw new NotFoundError('Candidate document', documentId);
    const c = await scopedCandidate(ctx, d.candidateId);
    if (c.stage === CandidateStage.HIRED) throw new ConflictError(`${c.name} is hired: the archive is personnel's now`);
    if (d.genuine !== null) throw new ConflictError(`This ${d.kind} was checked by ${d.verifiedBy}; add a new copy to check again`);
    Object.assign(d, { genuine, method, note: note ?? null, verifiedBy: ctx.principal.username, verifiedAt: new Date() });
    await ctx.em.flush();
    return d;
  }

  @Authorized('recruiter')
  @Mutation(() => Candidate, {
    description: 'Move to the next stage: SCREENED, CERTIFICATES_VERIFIED (every document checked) or PRE_EMPLOYMENT_TRAINING. For the roles recruiter',
  })
  async moveCandidate(
    @Arg('candidateId', () => ID, { description: 'The candidate it concerns' }) candidateId: string,
    @Arg('to', () => CandidateStage, { description: 'The last day (inclusive)' }) to: CandidateStage,
    @Arg('note', () => String, { nullable: true, description: 'A free-text note' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const c = await scopedCandidate(ctx, candidateId);
    assertMove(c, await stateOf(ctx.em, c), to);
    if (!MOVABLE.includes(to)) {
      const how: Record<string, string> = {
        EVALUATED: 'evaluateCandidate',
        PROBATION: 'startProbation',
        HIRED: 'hireCandidate',
        REJECTED: 'rejectCandidate',
        WITHDRAWN: 'withdrawCandidate',
      };
      throw new BadInputError(`Use ${how[to]} to move to ${to}`, [{ field: 'to', problem: `${to} is recorded with ${how[to]}` }]);
    }
    move(ctx.em, c, to, ctx.principal.username, note);
    await commit(ctx.em, c);
    return c;
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Candidate, {
    description: '综合考评 after pre-employment training: scores and the conclusion; moves to EVALUATED. For the roles recruiter, branch-manager',
  })
  async evaluateCandidate(@Arg('input', { description: 'What to record (see the input type)' }) input: EvaluationInput, @Ctx() ctx: RequestContext) {
    const { em, principal } = ctx;
    const c = await scopedCandidate(ctx, input.candidateId);
    assertMove(c, { ...(await stateOf(em, c)), evaluationPassed: input.passed }, CandidateStage.EVALUATED);
    let trainingScore = input.trainingScore ?? null;
    if (trainingScore === null) {
      const results = (await em.find(TrainingEnrolment, { personId: c.id, personKind: TraineeKind.CANDIDATE, score: { $ne: null } })).map((e) => e.score!);
      trainingScore = results.length ? Math.round((results.reduce((s, x) => s + x, 0) / results.length) * 10) / 10 : null;
    }
    em.create(CandidateEvaluation, {
      candidateId: c.id,
      requisitionId: c.requisitionId,
      trainingScore,
      interviewScore: input.interviewScore ?? null,
      overallScore: input.overallScore,
      passed: input.passed,
      conclusion: input.conclusion,
      evaluatedBy: principal.username,
    } as CandidateEvaluation);
    move(em, c, CandidateStage.EVALUATED, principal.username, input.passed ? 'passed' : 'not passed');
    await commit(em, c);
    return c;
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Candidate, {
    description: 'Start probation (a passing evaluation first; at most 2 months for a one-year contract). For the roles recruiter, branch-manager',
  })
  async startProbation(
    @Arg('candidateId', () => ID, { description: 'The candidate it concerns' }) candidateId: string,
    @Arg('startsOn', () => LocalDateScalar, { description: 'The first day it covers' }) startsOn: string,
    @Arg('endsOn', () => LocalDateScalar, { description: 'The last day it covers' }) endsOn: string,
    @Ctx() ctx: RequestContext,
  ) {
    const c = await scopedCandidate(ctx, candidateId);
    assertMove(c, await stateOf(ctx.em, c), CandidateStage.PROBATION);
    const problems = probationProblems(startsOn, endsOn);
    if (problems.length) throw new BadInputError('The probation dates do not work', problems);
    ctx.em.create(Probation, { candidateId: c.id, requisitionId: c.requisitionId, startsOn, endsOn, startedBy: ctx.principal.username } as Probation);
    move(ctx.em, c, CandidateStage.PROBATION, ctx.principal.username, `${startsOn} .. ${endsOn}`);
    await commit(ctx.em, c);
    return c;
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Candidate, { description: 'The outcome of the probation. For the roles recruiter, branch-manager' })
  async recordProbationOutcome(
    @Arg('candidateId', () => ID, { description: 'The candidate it concerns' }) candidateId: string,
    @Arg('outcome', () => ProbationOutcome, { description: 'The outcome' }) outcome: ProbationOutcome,
    @Arg('note', () => String, { nullable: true, description: 'A free-text note' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const c = await scopedCandidate(ctx, candidateId);
    const probation = c.stage === CandidateStage.PROBATION ? await currentProbation(ctx.em, c) : null;
    if (!probation) throw new BadInputError(`${c.name} is not on probation`, [{ field: 'candidateId', problem: `the candidate is ${c.stage}` }]);
    if (probation.outcome) throw new ConflictError(`The probation already ended: ${probation.outcome} (${probation.decidedBy})`);
    Object.assign(probation, { outcome, outcomeNote: note ?? null, decidedBy: ctx.principal.username, decidedAt: new Date() });
    c.stageChangedAt = new Date(); // bumps the version: a concurrent hire or rejection conflicts
    await commit(ctx.em, c);
    return c;
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Candidate, {
    description:
      '录用: hire a candidate who passed probation into a team, group and outlet; personnel creates the employee and the archive with the ID number and the verified documents. Repeating it changes nothing. For the roles recruiter, branch-manager',
  })
  hireCandidate(
    @Arg('candidateId', () => ID, { description: 'The candidate it concerns' }) candidateId: string,
    @Arg('hiredOn', () => LocalDateScalar, { description: 'The day the employee was hired' }) hiredOn: string,
    @Arg('groupId', () => ID, { nullable: true, description: 'The group (小组) the new manager joins; required' }) groupId: string | null,
    @Arg('outletId', () => ID, { nullable: true, description: 'The outlet (网点) the new manager is stationed at; required' }) outletId: string | null,
    @Arg('teamId', () => ID, { nullable: true, description: "Default: the requisition's team" }) teamId: string | null,
    @Arg('idNumber', () => String, { nullable: true, description: "身份证号 of the verified ID card copy, when the candidate's file has none" })
    idNumber: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return hire(ctx, candidateId, hiredOn, { groupId, outletId, teamId, idNumber });
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Candidate, {
    description: 'Reject at any open stage, with the reason; the candidate stays in the talent pool. For the roles recruiter, branch-manager',
  })
  rejectCandidate(
    @Arg('candidateId', () => ID, { description: 'The candidate it concerns' }) id: string,
    @Arg('reason', { description: 'The reason, written down with the decision' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.close(ctx, id, CandidateStage.REJECTED, reason);
  }

  @Authorized('recruiter')
  @Mutation(() => Candidate, { description: 'The candidate withdrew; they stay in the talent pool. For the roles recruiter' })
  withdrawCandidate(
    @Arg('candidateId', () => ID, { description: 'The candidate it concerns' }) id: string,
    @Arg('reason', { description: 'The reason, written down with the decision' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.close(ctx, id, CandidateStage.WITHDRAWN, reason);
  }

  @Authorized('recruiter')
  @Mutation(() => Candidate, {
    description: 'Bring a talent-pool candidate into an open requisition, back at APPLIED; history and documents are kept. For the roles recruiter',
  })
  async reactivateCandidate(
    @Arg('candidateId', () => ID, { description: 'The candidate it concerns' }) candidateId: string,
    @Arg('requisitionId', () => ID, { description: 'The requisition it belongs to' }) requisitionId: string,
    @Arg('note', () => String, { nullable: true, description: 'A free-text note' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const c = await scopedCandidate(ctx, candidateId);
    if (!POOL_STAGES.includes(c.stage))
      throw new BadInputError(`${c.name} is not in the talent pool`, [{ field: 'candidateId', problem: `the candidate is ${c.stage}` }]);
    const requisition = await recruitingRequisition(ctx, requisitionId);
    assertOpen(requisition);
    Object.assign(c, {
      requisitionId: requisition.id,
      branchId: requisition.branchId,
      teamId: requisition.teamId,
      employmentType: requisition.employmentType,
      lastStage: null,
      reason: null,
    });
    move(ctx.em, c, CandidateStage.APPLIED, ctx.principal.username, note ?? `re-activated into requisition ${requisition.id}`);
    await commit(ctx.em, c);
    return c;
  }

  private async close(ctx: RequestContext, id: string, to: CandidateStage, reason: string): Promise<Candidate> {
    if (!reason.trim() || reason.length > 2000) throw new BadInputError('Give the reason', [{ field: 'reason', problem: 'a reason of 1-2000 characters' }]);
    const c = await scopedCandidate(ctx, id);
    assertMove(c, await stateOf(ctx.em, c), to);
    const from = c.stage;
    move(ctx.em, c, to, ctx.principal.username, reason);
    Object.assign(c, { lastStage: from, reason: reason.trim() });
    await commit(ctx.em, c);
    return c;
  }
}
