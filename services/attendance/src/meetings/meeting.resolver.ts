import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { BadInputError, ConflictError, ForbiddenError, LocalDateScalar, YearMonthScalar, type FieldProblem, type RequestContext } from '@bg/graphql';
import { clientManagersDuring, teamLeadsOn } from '@bg/service';
import { today } from '../common/clock';
import { firstDay, lastDay } from '../common/dates';
import { branchWorkingDays } from '../common/sql';
import type { BranchMonthFacts } from '../month-close/month-close';
import { actsForBranch, canSeeBranch, leadsTeam, teamOf, visibleTeam } from '../common/scope';
import { AgendaNote, Meeting, MeetingKind, MeetingMissedFlag, MeetingStatus, MorningAgendaItem } from './meeting.entity';
import { agendaProblems, expectedSlots, slotOf } from './meeting.rules';

@InputType({ description: 'The notes on one agenda item' })
class AgendaNoteInput {
  @Field(() => MorningAgendaItem, { description: 'The agenda item the notes are on' }) item!: MorningAgendaItem;
  @Field({ description: 'Free-text notes' }) notes!: string;
}

@InputType({ description: 'A meeting to schedule' })
class ScheduleMeetingInput {
  @Field(() => MeetingKind, { description: 'Morning (branch), weekly or monthly (team)' }) kind!: MeetingKind;
  @Field(() => ID, { nullable: true, description: 'The team, for weekly and monthly meetings' }) teamId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The branch, for morning meetings (default: your own)' }) branchId?: string | null;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field({ description: 'The topic' }) topic!: string;
}

@InputType({ description: 'The minutes and attendance of a held meeting (R-2.6)' })
class RecordMeetingInput extends ScheduleMeetingInput {
  @Field({ description: 'The minutes (会议纪要)' }) minutes!: string;
  @Field(() => [AgendaNoteInput], { defaultValue: [], description: 'Morning meetings: notes on all five agenda items' }) agenda!: AgendaNoteInput[];
  @Field(() => [ID], { description: 'Employees who attended' }) attendeeIds!: string[];
}

@ObjectType({ description: 'A meeting that should have been held and was not (a gap, R-2.6)' })
class MissingMeeting {
  @Field(() => MeetingKind, { description: 'Which meeting was missing' }) kind!: MeetingKind;
  @Field(() => LocalDateScalar, { description: 'The first day (inclusive)' }) from!: string;
  @Field(() => LocalDateScalar, { description: 'The last day (inclusive)' }) to!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "Who bears the gap: a team meeting's lead in force on its last day (团队负责人, from personnel); null for the branch's morning meeting or a team without a lead",
  })
  responsibleId!: string | null;
}

@ObjectType({ description: 'A member expected at a meeting who was not there' })
class MeetingAbsence {
  @Field(() => ID, { description: 'The meeting' }) meetingId!: string;
  @Field(() => MeetingKind, { description: 'Which kind of meeting' }) kind!: MeetingKind;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field(() => [ID], { description: 'Members expected but not there' }) employeeIds!: string[];
}

@ObjectType({ description: "A team's meetings of a month against what R-2.6 expects" })
class MeetingCompliance {
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) month!: string;
  @Field(() => Int, { description: 'Meetings of the team held in the month (morning meetings of the branch included)' }) held!: number;
  @Field(() => [MissingMeeting], { description: 'Meetings due and not held (morning meetings of the branch included)' }) missing!: MissingMeeting[];
  @Field(() => [MeetingAbsence], { description: 'Team members absent from held meetings' }) absences!: MeetingAbsence[];
}

interface Where {
  branchId: string;
  teamId: string | null;
  scope: string;
}

async function placeMeeting(em: EntityManager, p: Principal, input: ScheduleMeetingInput): Promise<Where> {
  if (input.kind === MeetingKind.MORNING) {
    if (input.teamId) throw new BadInputError('A morning meeting is the whole branch', [{ field: 'teamId', problem: 'leave it out for a morning meeting' }]);
    const branchId = input.branchId ?? p.branchId;
    if (!branchId || !actsForBranch(p, branchId, 'branch-manager', 'branch-deputy-manager', 'attendance-clerk')) {
      throw new ForbiddenError("The branch's managers or attendance clerk keep its morning meetings");
    }
    return { branchId, teamId: null, scope: branchId };
  }
  if (!input.teamId) throw new BadInputError('Name the team', [{ field: 'teamId', problem: `a ${input.kind.toLowerCase()} meeting is a team's` }]);
  const team = await teamOf(em, input.teamId);
  if (!leadsTeam(p, team.id)) throw new ForbiddenError("The team's lead keeps its weekly and monthly meetings");
  return { branchId: team.branchId, teamId: team.id, scope: team.id };
}

/**
 * Who was expected at a meeting: the team's (or, for a morning meeting, the branch's) client managers
 * employed on its date, by the facts in force then (someone hired later or gone before was not).
 */
async function expectedAt(em: EntityManager, where: Where, date: string): Promise<Set<string>> {
  const during = await clientManagersDuring(em, date, date, where.teamId ? { teamId: where.teamId } : { branchId: where.branchId });
  return new Set(during.keys());
}

/** The team's compliance for a month (pure reads). */
export async function complianceOf(em: EntityManager, teamId: string, branchId: string, month: string): Promise<MeetingCompliance> {
  const [workingDays, meetings, members] = await Promise.all([
    branchWorkingDays(em, branchId, month),
    em.find(
      Meeting,
      { status: MeetingStatus.HELD, slot: { $like: `${month}%` }, $or: [{ teamId }, { kind: MeetingKind.MORNING, branchId }] },
      { orderBy: { date: 'asc' } },
    ),
    clientManagersDuring(em, firstDay(month), lastDay(month), { teamId }),
  ]);
  const heldSlots = new Set(meetings.map((m) => `${m.kind}:${m.slot}`));
  const memberIds = new Set(members.keys());
  const gaps = expectedSlots(month, workingDays, today()).filter((s) => !heldSlots.has(`${s.kind}:${s.slot}`));
  const leads = await teamLeadsOn(
    em,
    gaps.map((g) => ({ teamId, date: g.to })),
  );
  return {
    teamId,
    month,
    held: meetings.length,
    missing: gaps.map(({ kind, from, to }, i) => ({ kind, from, to, responsibleId: kind === MeetingKind.MORNING ? null : leads[i] })),
    absences: meetings
      .map((m) => ({ meetingId: m.id, kind: m.kind, date: m.date, employeeIds: m.absentIds.filter((id) => memberIds.has(id)) }))
      .filter((a) => a.employeeIds.length),
  };
}

/**
 * Emits MeetingMissed for a branch's month, each once: every due meeting not held (the branch's
 * morning meetings, each team's weekly and monthly; employeeIds empty: the gap is the meeting's)
 * and every held meeting's absentees. Returns how many were emitted now. `known`: the month's
 * managers and working days when the caller (the month close) has just read them.
 */
export async function flagMissedMeetings(em: EntityManager, branchId: string, month: string, known?: BranchMonthFacts): Promise<number> {
  // The teams that had client managers in the month.
  const during = known?.managers ?? (await clientManagersDuring(em, firstDay(month), lastDay(month), { branchId }));
  const teams = [
    ...new Set(
      [...during.values()]
        .flat()
        .filter((p) => p.branchId === branchId && p.teamId)
        .map((p) => p.teamId!),
    ),
  ].sort();
  const [workingDays, held] = await Promise.all([
    known?.workingDays ?? branchWorkingDays(em, branchId, month),
    em.find(Meeting, { branchId, status: MeetingStatus.HELD, slot: { $like: `${month}%` } }),
  ]);
  const heldSlots = new Set(held.map((m) => `${m.kind}:${m.scope}:${m.slot}`));
  const candidates: Array<{ key: string; kind: MeetingKind; teamId: string | null; date: string; due?: string; employeeIds: string[] }> = [];
  for (const s of expectedSlots(month, workingDays, today(), [MeetingKind.MORNING])) {
    if (!heldSlots.has(`${s.kind}:${branchId}:${s.slot}`))
      candidates.push({ key: `${s.kind}:${branchId}:${s.slot}:GAP`, kind: s.kind, teamId: null, date: s.from, employeeIds: [] });
  }
  for (const teamId of teams) {
    for (const s of expectedSlots(month, [], today(), [MeetingKind.WEEKLY, MeetingKind.MONTHLY])) {
      if (!heldSlots.has(`${s.kind}:${teamId}:${s.slot}`))
        candidates.push({ key: `${s.kind}:${teamId}:${s.slot}:GAP`, kind: s.kind, teamId, date: s.from, due: s.to, employeeIds: [] });
    }
  }
  for (const m of held) {
    if (m.absentIds.length)
      candidates.push({ key: `${m.kind}:${m.scope}:${m.slot}:ABSENT`, kind: m.kind, teamId: m.teamId, date: m.date, employeeIds: m.absentIds });
  }
  if (!candidates.length) return 0;
  const done = new Set((await em.find(MeetingMissedFlag, { key: { $in: candidates.map((c) => c.key) } })).map((f) => f.key));
  const fresh = candidates.filter((c) => !done.has(c.key));
  // A team meeting not held is its lead's gap: the lead in force on its due day bears it.
  const gaps = fresh.filter((c) => c.teamId && c.due);
  const leads = await teamLeadsOn(
    em,
    gaps.map((c) => ({ teamId: c.teamId!, date: c.due! })),
  );
  const responsible = new Map(gaps.map((c, i) => [c, leads[i]]));
  let emitted = 0;
  for (const c of fresh) {
    const lead = responsible.get(c);
    em.create(MeetingMissedFlag, { key: c.key, flaggedAt: new Date() });
    recordEvent(em, 'attendance', 'MeetingMissed', c.teamId ?? branchId, {
      meetingKind: c.kind,
      branchId,
      teamId: c.teamId,
      date: c.date,
      employeeIds: c.employeeIds,
      responsibleIds: lead ? [lead] : [],
    });
    emitted++;
  }
  return emitted;
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized('team-lead', 'branch-manager', 'branch-deputy-manager', 'attendance-clerk')
  @Mutation(() => Meeting, { description: 'Schedule a meeting: morning (branch managers/clerk), weekly or monthly (the team lead)' })
  async scheduleMeeting(
    @Arg('input', { description: 'What to record (see the input type)' }) input: ScheduleMeetingInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Meeting> {
    const where = await placeMeeting(em, principal, input);
    if (!input.topic.trim() || input.topic.length > 200)
      throw new BadInputError('The meeting needs a topic', [{ field: 'topic', problem: 'give a topic of up to 200 characters' }]);
    const slot = slotOf(input.kind, input.date);
    const clash = await em.findOne(Meeting, { kind: input.kind, scope: where.scope, slot });
    if (clash) throw new ConflictError(`The ${input.kind.toLowerCase()} meeting of ${slot} is already ${clash.status.toLowerCase()} (${clash.date})`);
    const meeting = em.create(Meeting, {
      kind: input.kind,
      ...where,
      slot,
      date: input.date,
      topic: input.topic.trim(),
      scheduledBy: principal.username,
    } as Meeting);
    await em.flush();
    return meeting;
  }

  @Authorized('team-lead', 'branch-manager', 'branch-deputy-manager', 'attendance-clerk')
  @Mutation(() => Meeting, {
    description:
      'Record a held meeting: minutes, agenda (morning: all five items) and who attended; completes the scheduled one of the same slot. For the roles team-lead, branch-manager, branch-deputy-manager, attendance-clerk',
  })
  async recordMeeting(
    @Arg('input', { description: 'What to record (see the input type)' }) input: RecordMeetingInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Meeting> {
    const where = await placeMeeting(em, principal, input);
    const memberIds = await expectedAt(em, where, input.date);
    const problems: FieldProblem[] = [];
    if (input.date > today()) problems.push({ field: 'date', problem: 'minutes are recorded on or after the meeting' });
    if (!input.topic.trim() || input.topic.length > 200) problems.push({ field: 'topic', problem: 'give a topic of up to 200 characters' });
    if (!input.minutes.trim()) problems.push({ field: 'minutes', problem: 'write the minutes' });
    problems.push(...agendaProblems(input.kind, input.agenda));
    input.attendeeIds.forEach((id, i) => {
      if (!memberIds.has(id)) problems.push({ field: `attendeeIds[${i}]`, problem: `${id} is not expected at this meeting` });
    });
    if (problems.length) throw new BadInputError('The meeting record is not valid', problems);
    const slot = slotOf(input.kind, input.date);
    let meeting = await em.findOne(Meeting, { kind: input.kind, scope: where.scope, slot });
    if (meeting?.status === MeetingStatus.HELD)
      throw new ConflictError(`The ${input.kind.toLowerCase()} meeting of ${slot} is already recorded (${meeting.date})`);
    meeting ??= em.create(Meeting, { kind: input.kind, ...where, slot, scheduledBy: principal.username } as Meeting);
    const attendees = [...new Set(input.attendeeIds)].sort();
    Object.assign(meeting, {
      date: input.date,
      topic: input.topic.trim(),
      status: MeetingStatus.HELD,
      minutes: input.minutes.trim(),
      agenda: input.agenda.map((a) => Object.assign(new AgendaNote(), { item: a.item, notes: a.notes.trim() })),
      attendeeIds: attendees,
      absentIds: [...memberIds].filter((id) => !attendees.includes(id)).sort(),
      recordedBy: principal.username,
    });
    await em.flush();
    return meeting;
  }

  @Authorized()
  @Query(() => [Meeting], { description: "A team's meetings and its branch's morning meetings of a month (the lead, branch staff, head office)" })
  async meetings(
    @Arg('teamId', () => ID, { description: 'The team' }) teamId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const team = await visibleTeam(em, principal, teamId);
    return em.find(
      Meeting,
      { date: { $gte: firstDay(month), $lte: lastDay(month) }, $or: [{ teamId }, { kind: MeetingKind.MORNING, branchId: team.branchId }] },
      { orderBy: { date: 'asc', kind: 'asc' } },
    );
  }

  @Authorized()
  @Query(() => MeetingCompliance, {
    description:
      "Missing meetings and absent members of a team's month (R-2.6). Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)",
  })
  async meetingCompliance(
    @Arg('teamId', () => ID, { description: 'The team' }) teamId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const team = await visibleTeam(em, principal, teamId);
    return complianceOf(em, teamId, team.branchId, month);
  }

  @Authorized('branch-manager', 'branch-deputy-manager', 'attendance-clerk')
  @Mutation(() => Int, {
    description:
      "Emit MeetingMissed for a branch month's gaps and absences not yet emitted (also done by the month close); returns how many. For the roles branch-manager, branch-deputy-manager, attendance-clerk",
  })
  async flagMissedMeetings(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!canSeeBranch(principal, branchId) || principal.branchId !== branchId) throw new ForbiddenError('A branch flags its own meetings');
    const n = await flagMissedMeetings(em, branchId, month);
    await em.flush();
    return n;
  }
}
