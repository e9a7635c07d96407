import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { hasRole } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError, LocalDateScalar, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { employeeEntityStub, knownEmployee, visibleKnownEmployee, type EmployeeKey } from '@bg/service';
import { AttendanceDay, DayStatus } from './attendance-day.entity';
import { minutesProblems, summarizeMonth } from './attendance.rules';

export const Employee = employeeEntityStub();

@ObjectType({ description: "A manager's attendance for a month" })
class AttendanceSummary {
  @Field(() => YearMonthScalar) month!: string;
  @Field(() => Int) daysRecorded!: number;
  @Field(() => Int, { description: '迟到: days late' }) late!: number;
  @Field(() => Int, { description: '早退: days left early' }) early!: number;
  @Field(() => Int, { description: '旷工: days absent without leave' }) absent!: number;
  @Field(() => Int) leave!: number;
}

@ObjectType()
class AttendanceRecord {
  @Field(() => ID) id!: string;
  @Field(() => ID) employeeId!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => DayStatus) status!: DayStatus;
  @Field(() => Int) minutesLate!: number;
  @Field(() => Int) minutesEarly!: number;
}

@InputType()
class RecordAttendanceInput {
  @Field(() => ID) employeeId!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => DayStatus) status!: DayStatus;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(480) minutesLate!: number;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(480) minutesEarly!: number;
}

@Resolver(() => Employee)
export class AttendanceResolver {
  @FieldResolver(() => AttendanceSummary, { description: 'Attendance of a month: self, own group/team lead, branch staff, head office' })
  async attendance(@Root() e: EmployeeKey, @Arg('month', () => YearMonthScalar) month: string, @Ctx() { em, principal }: RequestContext) {
    await visibleKnownEmployee(em, principal, e.id);
    const days = await em.find(AttendanceDay, { employeeId: e.id, date: { $like: `${month}-%` } });
    return summarizeMonth(month, days);
  }

  @Authorized('attendance-clerk')
  @Mutation(() => AttendanceRecord, { description: "Record a manager's day (the branch's attendance clerk)" })
  async recordAttendance(@Arg('input') input: RecordAttendanceInput, @Ctx() { em, principal }: RequestContext) {
    const employee = await knownEmployee(em, input.employeeId);
    if (!hasRole(principal, 'attendance-clerk') || principal.branchId !== employee.branchId) {
      throw new ForbiddenError("An attendance clerk records their own branch's managers only");
    }
    const problems = minutesProblems(input.status, input.minutesLate, input.minutesEarly);
    if (problems.length) throw new BadInputError(problems.join('; '), problems.map((problem) => ({ field: 'status', problem })));
    if (await em.count(AttendanceDay, { employeeId: input.employeeId, date: input.date })) {
      throw new ConflictError(`${input.date} is already recorded for ${input.employeeId}`);
    }
    const day = em.create(AttendanceDay, { id: randomUUID(), ...input, recordedBy: principal.username, recordedAt: new Date() });
    await em.flush();
    return day;
  }
}
