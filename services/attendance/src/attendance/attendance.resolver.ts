import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { EntityManager } from '@mikro-orm/core';
import { canSeePerson } from '@bg/auth';
import {
  BadInputError,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  YearMonthScalar,
  manyByKey,
  oneByKey,
  type FieldProblem,
  type RequestContext,
} from '@bg/graphql';
import { KnownEmployee, clientManagersDuring, employeeEntityStub, knownEmployee, visibleKnownEmployee, type EmployeeKey } from '@bg/service';
import { firstDay, lastDay } from '../common/dates';
import { teamOf, visibleTeam } from '../common/scope';
import { placeholders, selectRows } from '@bg/db';
import { BranchMonthClose, MonthState } from '../month-close/month.entity';
import { AttendanceDay, DayStatus, dayId } from './attendance-day.entity';
import { DAY_COUNTS_SQL, WORKED, summarizeMonth, type DayCountsRow } from './attendance.rules';
import { findDays, insertDays, prepareDays, prepareTeamDays, type DayRow, type EntryInput } from './day-recording';

export const Employee = employeeEntityStub();

@ObjectType({ description: "A manager's attendance for a month" })
class AttendanceSummary {
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) month!: string;
  @Field(() => Int, { description: 'Days with an attendance record' }) daysRecorded!: number;
  @Field(() => Int, { description: 'Days worked: on time, late, early or out on a filed visit' }) daysWorked!: number;
  @Field(() => Int, { name: 'lateArrivals', description: '迟到: days arrived late' }) late!: number;
  @Field(() => Int, { name: 'earlyLeaves', description: '早退: days left early' }) early!: number;
  @Field(() => Int, { name: 'absentDays', description: '旷工: days recorded absent without leave' }) absent!: number;
  @Field(() => Float, { name: 'leaveDays', description: '请假: days on approved leave' }) leave!: number;
  @Field(() => Int, { description: 'Voluntary overtime, recorded apart' }) overtimeMinutes!: number;
  @Field({ description: "Whether the branch closed this month's attendance" }) closed!: boolean;
  @Field(() => [AttendanceDay], { description: 'The recorded days of the month, by date' }) days?: DayRow[];
  /** Whose month it is (for `days`, loaded only when asked). */
  employeeId!: string;
}

@ObjectType({ description: "A team member's month" })
class MemberAttendance {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field({ description: "The member's name (from personnel)" }) name!: string;
  @Field(() => AttendanceSummary, { description: "The member's figures for the month" }) summary!: AttendanceSummary;
}

@ObjectType({ description: "A team's recorded day" })
class TeamDay {
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field(() => Int, { description: "How many members' days were recorded" }) recorded!: number;
  @Field(() => [AttendanceDay], { description: 'The recorded days' }) days!: DayRow[];
}

@InputType({ description: "One manager's attendance for one day" })
class RecordAttendanceInput {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field(() => String, { nullable: true, description: 'HH:MM: with checkOut, the day is classified from the outlet hours' }) @IsOptional() checkIn?:
    string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) @IsOptional() checkOut?: string | null;
  @Field(() => DayStatus, { nullable: true, description: 'Without times: the status (ABSENT, ON_LEAVE with approved leave, ON_VISIT with a slip, ...)' })
  @IsOptional()
  status?: DayStatus | null;
  @Field(() => Int, { defaultValue: 0, description: 'Minutes late (a LATE day only)' }) @Min(0) @Max(480) minutesLate!: number;
  @Field(() => Int, { defaultValue: 0, description: 'Minutes left early (an EARLY day only)' }) @Min(0) @Max(480) minutesEarly!: number;
  @Field(() => Int, { nullable: true, description: 'Overtime minutes when not from the times' }) @IsOptional() overtimeMinutes?: number | null;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @IsOptional() note?: string | null;
  @Field({ defaultValue: false, description: "Correct the day's existing record instead of refusing it" }) replace!: boolean;
}

@InputType({ description: "One member's entry in a team's day" })
class TeamDayEntry {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field(() => String, { nullable: true, description: 'Check-in time, HH:MM' }) checkIn?: string | null;
  @Field(() => String, { nullable: true, description: 'Check-out time, HH:MM' }) checkOut?: string | null;
  @Field(() => DayStatus, { description: "The day's status when not derived from the times (e.g. ABSENT, LEAVE, LEFT_POST)", nullable: true })
  status?: DayStatus | null;
  @Field(() => Int, { nullable: true, description: 'Minutes late (a LATE day only)' }) minutesLate?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minutes left early (an EARLY day only)' }) minutesEarly?: number | null;
  @Field(() => Int, { nullable: true, description: 'Voluntary overtime, recorded apart, minutes' }) overtimeMinutes?: number | null;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) note?: string | null;
}

@InputType({ description: "A whole team's attendance for one day" })
class RecordTeamDayInput {
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field(() => [TeamDayEntry], { description: 'One entry per member; members left out count as absent at the close unless on approved leave' })
  entries!: TeamDayEntry[];
}

/** Bounds of one bulk request: a branch's day (every team) or a team's month fits. */
export const MAX_TEAM_DAYS = 100;
export const MAX_ENTRIES = 20_000;

async function monthClosed(em: EntityManager, branchId: string, month: string): Promise<boolean> {
  return (await em.count(BranchMonthClose, { branchId, month, state: MonthState.CLOSED })) > 0;
}

interface PlacedRow {
  id: string;
  branchId: string;
  teamId: string | null;
  groupId: string | null;
  closed: unknown;
}

/**
 * The month of many employees in two statements: who they are with whether their branch closed the
 * month, and their days counted by the database (a 53-member team's month is 1,100-odd days; the
 * days themselves are loaded only when `days` is asked). Each one out of the caller's scope is
 * refused (FORBIDDEN), an unknown one NOT_FOUND, as visibleKnownEmployee does.
 */
async function attendanceOf({ em, principal }: RequestContext, ids: readonly string[], month: string): Promise<Array<AttendanceSummary | Error>> {
  const [placed, counts] = await Promise.all([
    selectRows<PlacedRow>(
      em,
      `select k.id, k.branch_id as "branchId", k.team_id as "teamId", k.group_id as "groupId",
         exists (select 1 from branch_month_close c where c.branch_id = k.branch_id and c.month = ? and c.state = ?) as closed
       from known_employee k where k.id in (${placeholders(ids.length)})`,
      [month, MonthState.CLOSED, ...ids],
    ),
    selectRows<DayCountsRow>(
      em,
      `select ${DAY_COUNTS_SQL}
       from attendance_day d where d.employee_id in (${placeholders(ids.length)}) and d.date >= ? and d.date <= ? group by d.employee_id`,
      [...ids, firstDay(month), lastDay(month)],
    ),
  ]);
  const countsOf = new Map(counts.map((c) => [c.employee_id, c]));
  return oneByKey(
    ids,
    placed,
    (p) => p.id,
    (id) => new NotFoundError('Employee', id),
  ).map((p, i) => {
    if (p instanceof Error) return p;
    if (!canSeePerson(principal, p)) return new ForbiddenError(`You may not see employee ${p.id}`);
    const c = countsOf.get(ids[i]);
    return {
      employeeId: ids[i],
      month,
      daysRecorded: Number(c?.recorded ?? 0),
      daysWorked: Number(c?.worked ?? 0),
      late: Number(c?.late ?? 0),
      early: Number(c?.early ?? 0),
      absent: Number(c?.absent ?? 0),
      leave: Number(c?.on_leave ?? 0),
      overtimeMinutes: Number(c?.overtime ?? 0),
      closed: p.closed === true || Number(p.closed) === 1,
    };
  });
}

/** A month's summary from its days (the days given: a caller that has them, e.g. the team's month). */
export function summaryOf(employeeId: string, month: string, days: DayRow[], closed: boolean): AttendanceSummary {
  const sorted = days.filter((d) => d.date.startsWith(`${month}-`)).sort((a, b) => a.date.localeCompare(b.date));
  return {
    ...summarizeMonth(month, sorted),
    employeeId,
    daysWorked: sorted.filter((d) => WORKED.includes(d.status)).length,
    overtimeMinutes: sorted.reduce((n, d) => n + d.overtimeMinutes, 0),
    closed,
    days: sorted,
  };
}

@Resolver(() => AttendanceSummary)
export class AttendanceSummaryResolver {
  @FieldResolver(() => [AttendanceDay])
  days(@Root() s: AttendanceSummary, @Ctx() ctx: RequestContext): DayRow[] | Promise<DayRow[]> {
    const { em } = ctx;
    return (
      s.days ??
      ctx.loaders
        .get<string, DayRow[]>(`attendanceDays:${s.month}`, async (ids) =>
          manyByKey(ids, await findDays(em, ids, firstDay(s.month), lastDay(s.month)), (d) => d.employeeId),
        )
        .load(s.employeeId)
    );
  }
}

@Resolver(() => Employee)
export class AttendanceResolver {
  @FieldResolver(() => AttendanceSummary, { description: 'Attendance of a month: self, own group/team lead, branch staff, head office' })
  attendance(@Root() e: EmployeeKey, @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get<string, AttendanceSummary>(`attendance:${month}`, (ids) => attendanceOf(ctx, ids, month)).load(e.id);
  }
}

@Resolver(() => AttendanceDay)
export class AttendanceDayResolver {
  @FieldResolver(() => ID, { description: 'employeeId/date' })
  id(@Root() day: DayRow): string {
    return dayId(day);
  }

  @Authorized()
  @Query(() => [AttendanceDay], { description: "A manager's recorded days of a month (self, group/team lead, branch staff, head office)" })
  async attendanceDays(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    await visibleKnownEmployee(em, principal, employeeId);
    return findDays(em, [employeeId], firstDay(month), lastDay(month));
  }

  @Authorized()
  @Query(() => [MemberAttendance], {
    description: "Each member's month: the team's client managers employed in it (the team's lead, branch staff, head office)",
  })
  async teamAttendance(
    @Arg('teamId', () => ID, { description: 'The team' }) teamId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const team = await visibleTeam(em, principal, teamId);
    const during = await clientManagersDuring(em, firstDay(month), lastDay(month), { teamId });
    const members = during.size ? await em.find(KnownEmployee, { id: { $in: [...during.keys()] } }, { orderBy: { id: 'asc' } }) : [];
    const days = await findDays(
      em,
      members.map((m) => m.id),
      firstDay(month),
      lastDay(month),
    );
    const closed = await monthClosed(em, team.branchId, month);
    return members.map((m) => ({
      employeeId: m.id,
      name: m.name,
      summary: summaryOf(
        m.id,
        month,
        days.filter((d) => d.employeeId === m.id),
        closed,
      ),
    }));
  }

  @Authorized('attendance-clerk')
  @Mutation(() => AttendanceDay, { description: "Record a manager's day (the branch's attendance clerk): times, or a status" })
  async recordAttendance(
    @Arg('input', { description: 'What to record (see the input type)' }) input: RecordAttendanceInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    await knownEmployee(em, input.employeeId);
    const entry: EntryInput = { ...input, minutesLate: input.minutesLate || null, minutesEarly: input.minutesEarly || null };
    const { rows, existing } = await prepareDays(em, principal, input.date, [entry], { replace: input.replace });
    if (!existing.has(input.employeeId)) {
      await insertDays(em, rows);
      return rows[0];
    }
    const { employeeId, date, ...fields } = rows[0];
    await em.nativeUpdate(AttendanceDay, { employeeId, date }, fields);
    return rows[0];
  }

  @Authorized('attendance-clerk')
  @Mutation(() => TeamDay, {
    description: "Record a team's day in one request (the branch's attendance clerk): validated whole, nothing written on any problem",
  })
  async recordTeamDay(
    @Arg('input', { description: 'What to record (see the input type)' }) input: RecordTeamDayInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<TeamDay> {
    await teamOf(em, input.teamId);
    if (!input.entries.length) throw new BadInputError('Nothing was recorded: no entries', [{ field: 'entries', problem: 'give at least one entry' }]);
    if (input.entries.length > 2000)
      throw new BadInputError('Nothing was recorded: too many entries', [{ field: 'entries', problem: 'at most 2000 entries per request' }]);
    const { rows } = await prepareDays(em, principal, input.date, input.entries, { teamId: input.teamId, fieldPrefix: (i) => `entries[${i}].` });
    await insertDays(em, rows);
    return { teamId: input.teamId, date: input.date, recorded: rows.length, days: rows };
  }

  @Authorized('attendance-clerk')
  @Mutation(() => [TeamDay], {
    description: `Record several team-days in one request (the branch's attendance clerk): a branch's day, a team's week or month; at most ${MAX_TEAM_DAYS} team-days and ${MAX_ENTRIES} entries. Validated whole like recordTeamDay (problems named days[k].entries[i].field), nothing written on any problem`,
  })
  async recordTeamDays(
    @Arg('days', () => [RecordTeamDayInput], { description: "The team-days, each validated like recordTeamDay's input" }) days: RecordTeamDayInput[],
    @Ctx() { em, principal }: RequestContext,
  ): Promise<TeamDay[]> {
    const problems: FieldProblem[] = [];
    const entries = days.reduce((n, d) => n + d.entries.length, 0);
    if (!days.length) problems.push({ field: 'days', problem: 'give at least one team-day' });
    if (days.length > MAX_TEAM_DAYS) problems.push({ field: 'days', problem: `at most ${MAX_TEAM_DAYS} team-days per request` });
    if (entries > MAX_ENTRIES) problems.push({ field: 'days', problem: `at most ${MAX_ENTRIES} entries per request, not ${entries}` });
    const seen = new Set<string>();
    days.forEach((d, k) => {
      if (!d.entries.length) problems.push({ field: `days[${k}].entries`, problem: 'give at least one entry' });
      if (seen.has(`${d.teamId}|${d.date}`)) problems.push({ field: `days[${k}]`, problem: `team ${d.teamId} on ${d.date} is given twice` });
      seen.add(`${d.teamId}|${d.date}`);
    });
    if (problems.length) throw new BadInputError(`Nothing was recorded: ${problems[0].problem}`, problems);
    const teamIds = [...new Set(days.map((d) => d.teamId))];
    const known = new Set(
      (
        await selectRows<{ team_id: string }>(em, `select distinct team_id from known_employee where team_id in (${placeholders(teamIds.length)})`, teamIds)
      ).map((r) => r.team_id),
    );
    const unknown = teamIds.find((id) => !known.has(id));
    if (unknown) throw new NotFoundError('Team', unknown);
    const rows = await prepareTeamDays(em, principal, days, (k, i) => `days[${k}].entries[${i}].`);
    await insertDays(em, rows);
    const byDay = new Map(days.map((d) => [`${d.teamId}|${d.date}`, { teamId: d.teamId, date: d.date, recorded: 0, days: [] as DayRow[] }]));
    for (const r of rows) {
      const day = byDay.get(`${r.teamId}|${r.date}`)!;
      day.recorded += 1;
      day.days.push(r);
    }
    return [...byDay.values()];
  }
}
