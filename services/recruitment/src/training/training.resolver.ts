import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Length, MaxLength } from 'class-validator';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { HEAD_OFFICE_BRANCH } from '@bg/auth';
import { recordEvent } from '@bg/events';
import {
  BadInputError,
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
import { KnownEmployee } from '@bg/service';
import { covers, trainerScope, trainingReadScope } from '../access/access';
import { Candidate } from '../candidates/candidate.entity';
import { isClosed } from '../pipeline/pipeline.rules';
import { TrainingCategory, TrainingRecord } from './training-record.entity';
import { TraineeKind, TrainingEnrolment, TrainingProgramme, TrainingSession } from './training.entity';
import { attendanceProblems, completionRate, resultProblems, sessionTimeProblems } from './training.rules';

@ObjectType()
class TrainingSessionConnection extends Connection(TrainingSession) {}

@InputType({ description: 'A training programme to set up' })
class ProgrammeInput {
  @Field({ description: 'The title' }) @Length(1, 200) title!: string;
  @Field(() => TrainingCategory, { description: 'What the programme is about' }) category!: TrainingCategory;
  @Field(() => String, { nullable: true, description: 'What it is, in words' }) @MaxLength(4000) description?: string | null;
}

@InputType({ description: 'A training session of a programme to schedule' })
class SessionInput {
  @Field(() => ID, { description: 'The programme the session belongs to' }) programmeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field({ description: 'Start time, HH:MM local time (Asia/Shanghai)' }) startsAt!: string;
  @Field({ description: 'End time, HH:MM local time, after startsAt' }) endsAt!: string;
  @Field({ description: 'Where' }) @Length(1, 200) place!: string;
  @Field({ description: 'Who gave the training' }) @Length(1, 100) trainer!: string;
  @Field({ description: 'The content, as written' }) @Length(1, 4000) content!: string;
}

@InputType({ description: 'Whether one trainee attended a session' })
class AttendanceLine {
  @Field(() => ID, { description: 'The enrolled person (employee or candidate id)' }) personId!: string;
  @Field({ description: 'People who attended' }) attended!: boolean;
}

@InputType({ description: "One trainee's assessment result of a session" })
class ResultLine {
  @Field(() => ID, { description: 'The enrolled person (employee or candidate id)' }) personId!: string;
  @Field(() => Float, { nullable: true, description: 'The score' }) score?: number | null;
  @Field({ description: 'Whether the assessment was passed' }) passed!: boolean;
}

@ArgsType()
class SessionsArgs {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) branchId?: string;
  @Field(() => ID, { nullable: true, description: 'Only sessions of this programme' }) programmeId?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day (inclusive)' }) from?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day (inclusive)' }) to?: string;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@ObjectType({ description: 'One session in a completion report' })
class SessionCompletion {
  @Field(() => ID, { description: 'The training session it concerns' }) sessionId!: string;
  @Field({ description: 'The training programme' }) programme!: string;
  @Field(() => TrainingCategory, { description: 'What the programme is about' }) category!: TrainingCategory;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field(() => Int, { description: 'People enrolled' }) enrolled!: number;
  @Field(() => Int, { description: 'People who attended' }) attended!: number;
  @Field(() => Int, { description: 'People absent' }) absent!: number;
  @Field(() => Int, { description: 'People who passed' }) passed!: number;
  @Field(() => Int, { description: 'People who failed' }) failed!: number;
  @Field(() => Int, { description: 'Enrolled without a result yet' }) pending!: number;
}

@ObjectType({ description: 'A person of the branch' })
class Trainee {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field({ description: "The employee's name" }) name!: string;
}

@ObjectType({ description: "A branch's training completion over a period" })
class TrainingCompletionReport {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => LocalDateScalar, { description: 'The first day (inclusive)' }) from!: string;
  @Field(() => LocalDateScalar, { description: 'The last day (inclusive)' }) to!: string;
  @Field(() => Int, { description: 'Employees of the branch (not departed)' }) headcount!: number;
  @Field(() => Int, { description: 'Of them, with at least one passed result in the period' }) trained!: number;
  @Field(() => Float, { description: 'trained / headcount, 0-1' }) completionRate!: number;
  @Field(() => [SessionCompletion], { description: "The branch's sessions in the period, by date" }) sessions!: SessionCompletion[];
  @Field(() => [Trainee], { description: 'Employees with no passed result in the period' }) notTrained!: Trainee[];
}

async function sessionOf(em: EntityManager, id: string): Promise<TrainingSession> {
  const s = await em.findOne(TrainingSession, id);
  if (!s) throw new NotFoundError('Training session', id);
  return s;
}

async function organisedSession(ctx: RequestContext, id: string): Promise<TrainingSession> {
  const s = await sessionOf(ctx.em, id);
  if (!covers(trainerScope(ctx.principal), s.branchId)) throw new ForbiddenError(`You do not organise training for branch ${s.branchId}`);
  return s;
}

@Resolver(() => TrainingSession)
export class TrainingResolver {
  @Authorized()
  @Query(() => [TrainingProgramme], { description: "Programmes: head office's and, with branchId, that branch's" })
  trainingProgrammes(
    @Arg('branchId', () => ID, { nullable: true, description: 'The branch (营业部)' }) branchId: string | null,
    @Arg('category', () => TrainingCategory, { description: 'Only programmes of this category; all when omitted', nullable: true })
    category: TrainingCategory | null,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<TrainingProgramme> = { branchId: branchId ? { $in: [branchId, null] } : null, ...(category ? { category } : {}) };
    return em.find(TrainingProgramme, where, { orderBy: { category: 'asc', title: 'asc' } });
  }

  @Authorized()
  @Query(() => TrainingSessionConnection, {
    description:
      'Sessions by branch, programme and date, newest first. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async trainingSessions(@Args() { branchId, programmeId, from, to, page }: SessionsArgs, @Ctx() { em }: RequestContext) {
    const where: FilterQuery<TrainingSession> = {};
    if (branchId) where.branchId = branchId;
    if (programmeId) where.programmeId = programmeId;
    if (from || to) where.date = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(TrainingSession, where, { orderBy: { date: 'desc', id: 'asc' }, limit: page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }

  @Authorized()
  @Query(() => TrainingSession, {
    description: 'One training session (培训场次) with its programme: anyone signed in (the roster inside follows its own rule); NOT_FOUND for an unknown id',
  })
  trainingSession(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em }: RequestContext) {
    return sessionOf(em, id);
  }

  @FieldResolver(() => TrainingProgramme, { description: 'The programme the session belongs to' })
  programme(@Root() s: TrainingSession, @Ctx() ctx: RequestContext) {
    return entityByIdOrFail(ctx, TrainingProgramme, s.programmeId);
  }

  @FieldResolver(() => [TrainingEnrolment], { description: "The roster: trainers, the branch's managers and head office see all; others their own enrolment" })
  enrolments(@Root() s: TrainingSession, @Ctx() ctx: RequestContext) {
    const { principal } = ctx;
    const all = covers(trainingReadScope(principal), s.branchId);
    return childrenOf(ctx, TrainingEnrolment, 'sessionId', s.id, {
      where: all ? {} : { personId: principal.employeeId ?? '' },
      orderBy: { personName: 'asc', id: 'asc' },
    });
  }

  @Authorized('trainer')
  @Mutation(() => TrainingProgramme, { description: "A programme: head-office trainers' are for every branch, a branch trainer's for their branch" })
  async createTrainingProgramme(
    @Arg('input', { description: 'What to record (see the input type)' }) input: ProgrammeInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const scope = trainerScope(principal);
    if (scope.kind === 'none') throw new ForbiddenError('Trainers of a branch or the head office create programmes');
    const p = em.create(TrainingProgramme, {
      ...input,
      description: input.description ?? null,
      branchId: scope.kind === 'all' ? null : scope.branchId,
      createdBy: principal.username,
    } as TrainingProgramme);
    await em.flush();
    return p;
  }

  @Authorized('trainer')
  @Mutation(() => TrainingSession, { description: 'Schedule a session: time, place, trainer, content' })
  async scheduleTrainingSession(
    @Arg('input', { description: 'What to record (see the input type)' }) input: SessionInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!covers(trainerScope(principal), input.branchId)) throw new ForbiddenError(`You do not organise training for branch ${input.branchId}`);
    const programme = await em.findOne(TrainingProgramme, input.programmeId);
    const problems: FieldProblem[] = sessionTimeProblems(input.startsAt, input.endsAt);
    if (!programme) problems.push({ field: 'programmeId', problem: `no programme ${input.programmeId}` });
    else if (programme.branchId && programme.branchId !== input.branchId)
      problems.push({ field: 'programmeId', problem: `the programme is branch ${programme.branchId}'s` });
    if (input.branchId === HEAD_OFFICE_BRANCH) problems.push({ field: 'branchId', problem: 'a session is held at a branch' });
    if (problems.length) throw new BadInputError('The session cannot be scheduled', problems);
    const s = em.create(TrainingSession, { ...input, createdBy: principal.username } as TrainingSession);
    await em.flush();
    return s;
  }

  @Authorized('trainer')
  @Mutation(() => [TrainingEnrolment], {
    description: 'Enrol employees or candidates (pre-employment training) in a session; all or nothing. For the roles trainer',
  })
  async enrolInTrainingSession(
    @Arg('sessionId', () => ID, { description: 'The training session it concerns' }) sessionId: string,
    @Arg('personIds', () => [ID], { description: "Employee or candidate ids of the session's branch (head office: any); all refused if one is not allowed" })
    personIds: string[],
    @Ctx() ctx: RequestContext,
  ) {
    const { em, principal } = ctx;
    const s = await organisedSession(ctx, sessionId);
    const scope = trainerScope(principal);
    const ids = [...new Set(personIds)];
    const [employees, candidates, enrolled] = await Promise.all([
      em.find(KnownEmployee, { id: { $in: ids } }),
      em.find(Candidate, { id: { $in: ids } }),
      em.find(TrainingEnrolment, { sessionId: s.id, personId: { $in: ids } }),
    ]);
    const problems: FieldProblem[] = [];
    const rows: Array<Pick<TrainingEnrolment, 'personId' | 'personKind' | 'personName' | 'branchId'>> = [];
    ids.forEach((id, i) => {
      const field = `personIds[${i}]`;
      const e = employees.find((x) => x.id === id);
      const c = candidates.find((x) => x.id === id);
      if (enrolled.some((x) => x.personId === id)) problems.push({ field, problem: `${id} is already enrolled` });
      else if (e) {
        if (e.status === 'DEPARTED') problems.push({ field, problem: `${e.name} has left` });
        else if (!covers(scope, e.branchId)) problems.push({ field, problem: `${e.name} is in another branch` });
        else rows.push({ personId: e.id, personKind: TraineeKind.EMPLOYEE, personName: e.name, branchId: e.branchId });
      } else if (c) {
        if (isClosed(c.stage)) problems.push({ field, problem: `candidate ${c.name} is ${c.stage}` });
        else if (!covers(scope, c.branchId)) problems.push({ field, problem: `candidate ${c.name} is in another branch` });
        else rows.push({ personId: c.id, personKind: TraineeKind.CANDIDATE, personName: c.name, branchId: c.branchId });
      } else problems.push({ field, problem: `no employee or candidate ${id}` });
    });
    if (!ids.length) problems.push({ field: 'personIds', problem: 'name at least one person' });
    if (problems.length) throw new BadInputError('Nobody was enrolled', problems);
    const created = rows.map((r) => em.create(TrainingEnrolment, { ...r, sessionId: s.id, enrolledBy: principal.username } as TrainingEnrolment));
    await em.flush();
    return created;
  }

  @Authorized('trainer')
  @Mutation(() => [TrainingEnrolment], { description: 'Record who attended (R-2.2); all or nothing. For the roles trainer' })
  async recordTrainingAttendance(
    @Arg('sessionId', () => ID, { description: 'The training session it concerns' }) sessionId: string,
    @Arg('attendance', () => [AttendanceLine], { description: 'One line per enrolled person; all refused if one is not enrolled' })
    attendance: AttendanceLine[],
    @Ctx() ctx: RequestContext,
  ) {
    const s = await organisedSession(ctx, sessionId);
    const enrolments = await ctx.em.find(TrainingEnrolment, { sessionId: s.id });
    const problems = attendanceProblems(attendance, enrolments);
    if (problems.length) throw new BadInputError('No attendance was recorded', problems);
    for (const line of attendance) enrolments.find((e) => e.personId === line.personId)!.attended = line.attended;
    await ctx.em.flush();
    return enrolments.filter((e) => attendance.some((l) => l.personId === e.personId));
  }

  @Authorized('trainer')
  @Mutation(() => [TrainingEnrolment], {
    description:
      "Record assessment results (R-6.7): employees' go to the training archive and out as TrainingResultRecorded; only for people enrolled; all or nothing. For the roles trainer",
  })
  async recordTrainingResults(
    @Arg('sessionId', () => ID, { description: 'The training session it concerns' }) sessionId: string,
    @Arg('results', () => [ResultLine], { description: 'One line per enrolled person who attended; all refused if one is not' }) results: ResultLine[],
    @Ctx() ctx: RequestContext,
  ) {
    const { em, principal } = ctx;
    const s = await organisedSession(ctx, sessionId);
    const enrolments = await em.find(TrainingEnrolment, { sessionId: s.id });
    const problems = resultProblems(results, enrolments);
    if (problems.length) throw new BadInputError('No result was recorded', problems);
    const programme = await em.findOneOrFail(TrainingProgramme, s.programmeId);
    const touched: TrainingEnrolment[] = [];
    for (const line of results) {
      const e = enrolments.find((x) => x.personId === line.personId)!;
      Object.assign(e, { attended: true, score: line.score ?? null, passed: line.passed, resultBy: principal.username });
      touched.push(e);
      if (e.personKind === TraineeKind.EMPLOYEE) archiveResult(em, e, s, programme, principal.username);
    }
    await em.flush();
    return touched;
  }

  @Authorized('trainer', 'branch-manager', 'branch-deputy-manager', 'brokerage-office', 'channel-management', 'executive')
  @Query(() => TrainingCompletionReport, {
    description:
      "A branch's training completion: sessions, who was trained, who was not. For the roles trainer, branch-manager, branch-deputy-manager, brokerage-office, channel-management, executive",
  })
  async trainingCompletionReport(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('from', () => LocalDateScalar, { description: 'The first day (inclusive)' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'The last day (inclusive)' }) to: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<TrainingCompletionReport> {
    if (!covers(trainingReadScope(principal), branchId)) throw new ForbiddenError(`You may not see branch ${branchId}'s training`);
    if (to < from) throw new BadInputError('The period ends before it starts', [{ field: 'to', problem: `to is before ${from}` }]);
    const [people, sessions] = await Promise.all([
      em.find(KnownEmployee, { branchId, status: { $ne: 'DEPARTED' } }, { orderBy: { id: 'asc' } }),
      em.find(TrainingSession, { branchId, date: { $gte: from, $lte: to } }, { orderBy: { date: 'asc', id: 'asc' } }),
    ]);
    const records = await em.find(TrainingRecord, { sessionDate: { $gte: from, $lte: to }, employeeId: { $in: people.map((p) => p.id) } });
    const [enrolments, programmes] = await Promise.all([
      em.find(TrainingEnrolment, { sessionId: { $in: sessions.map((s) => s.id) } }),
      em.find(TrainingProgramme, { id: { $in: [...new Set(sessions.map((s) => s.programmeId))] } }),
    ]);
    const { trained, rate } = completionRate(people.length, records);
    const passedIds = new Set(records.filter((r) => r.passed).map((r) => r.employeeId));
    return {
      branchId,
      from,
      to,
      headcount: people.length,
      trained,
      completionRate: rate,
      sessions: sessions.map((s) => {
        const es = enrolments.filter((e) => e.sessionId === s.id);
        const p = programmes.find((x) => x.id === s.programmeId)!;
        return {
          sessionId: s.id,
          programme: p.title,
          category: p.category,
          date: s.date,
          enrolled: es.length,
          attended: es.filter((e) => e.attended === true).length,
          absent: es.filter((e) => e.attended === false).length,
          passed: es.filter((e) => e.passed === true).length,
          failed: es.filter((e) => e.passed === false).length,
          pending: es.filter((e) => e.passed === null && e.attended !== false).length,
        };
      }),
      notTrained: people.filter((p) => !passedIds.has(p.id)).map((p) => ({ employeeId: p.id, name: p.name })),
    };
  }
}

/** An employee's result into the training archive and out as TrainingResultRecorded, in the caller's flush. */
export function archiveResult(
  em: EntityManager,
  e: TrainingEnrolment,
  s: TrainingSession,
  p: TrainingProgramme,
  by: string,
  employeeId = e.personId,
  branchId = e.branchId,
): TrainingRecord {
  const record = em.create(TrainingRecord, {
    employeeId,
    branchId,
    title: p.title,
    category: p.category,
    sessionDate: s.date,
    trainer: s.trainer,
    content: s.content,
    score: e.score,
    passed: e.passed!,
    sessionId: s.id,
    enrolmentId: e.id,
    recordedBy: by,
  } as TrainingRecord);
  recordEvent(em, 'recruitment', 'TrainingResultRecorded', employeeId, {
    resultId: record.id,
    employeeId,
    branchId,
    programme: p.title,
    category: p.category,
    sessionDate: s.date,
    passed: record.passed,
    score: record.score,
  });
  return record;
}
