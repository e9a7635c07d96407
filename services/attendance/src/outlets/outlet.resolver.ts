import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { BadInputError, ForbiddenError, type FieldProblem, type RequestContext } from '@bg/graphql';
import { actsForBranch } from '../common/scope';
import { minutesOf } from '../common/dates';
import { OutletHours } from './outlet.entity';

@InputType()
class AttendanceOutletHoursInput {
  @Field(() => ID) outletId!: string;
  @Field(() => ID) branchId!: string;
  @Field({ description: 'HH:MM, e.g. 08:30' }) opensAt!: string;
  @Field({ description: 'HH:MM, e.g. 16:30' }) closesAt!: string;
}

export function hoursProblems(opensAt: string, closesAt: string): FieldProblem[] {
  const open = minutesOf(opensAt);
  const close = minutesOf(closesAt);
  const problems: FieldProblem[] = [];
  if (open === null) problems.push({ field: 'opensAt', problem: `"${opensAt}" is not a time; write HH:MM` });
  if (close === null) problems.push({ field: 'closesAt', problem: `"${closesAt}" is not a time; write HH:MM` });
  if (open !== null && close !== null && close <= open) problems.push({ field: 'closesAt', problem: 'the outlet must close after it opens' });
  return problems;
}

@Resolver(() => OutletHours)
export class OutletHoursResolver {
  @Authorized()
  @Query(() => [OutletHours], { description: "Outlet hours attendance knows for a branch (outlets not listed work 09:00-17:00)" })
  attendanceOutletHours(@Arg('branchId', () => ID) branchId: string, @Ctx() { em }: RequestContext): Promise<OutletHours[]> {
    return em.find(OutletHours, { branchId }, { orderBy: { outletId: 'asc' } });
  }

  @Authorized('attendance-clerk', 'branch-manager')
  @Mutation(() => OutletHours, { description: "Set an outlet's working hours (the branch's attendance clerk or manager); applies to days recorded afterwards" })
  async setAttendanceOutletHours(@Arg('input') input: AttendanceOutletHoursInput, @Ctx() { em, principal }: RequestContext): Promise<OutletHours> {
    if (!actsForBranch(principal, input.branchId, 'attendance-clerk', 'branch-manager')) throw new ForbiddenError('Outlet hours are set by the branch itself');
    const problems = hoursProblems(input.opensAt, input.closesAt);
    if (problems.length) throw new BadInputError('The outlet hours are not valid', problems);
    const existing = await em.findOne(OutletHours, { outletId: input.outletId });
    if (existing && existing.branchId !== input.branchId) throw new ForbiddenError(`Outlet ${input.outletId} belongs to branch ${existing.branchId}`);
    const row = existing ?? em.create(OutletHours, { outletId: input.outletId, branchId: input.branchId } as OutletHours);
    Object.assign(row, { opensAt: input.opensAt, closesAt: input.closesAt, updatedBy: principal.username, updatedAt: new Date() });
    await em.flush();
    return row;
  }
}
