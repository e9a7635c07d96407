import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { hasRole, type Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { audited } from '@bg/service';
import { BadInputError, ConflictError, ForbiddenError, LocalDateScalar, NotFoundError, type FieldProblem, type RequestContext } from '@bg/graphql';
import type { EntityManager } from '@mikro-orm/core';
import { Group, Outlet, Team } from '../organisation/organisation.entity';
import { guardArchiveRead } from '../archives/archive-audit.entity';
import { issuedAssetsOf } from '../assets';
import { ChangeKind, EmployeeChange } from './employee-change.entity';
import { Employee, EmployeeStatus } from './employee.entity';
import { changeLevel, depart, recordChange } from './employee-lifecycle';

@InputType({ description: 'A move of an employee to another team, group or outlet from a given day' })
class TransferInput {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field(() => ID, { nullable: true, description: 'The group (小组) it belongs to' }) groupId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The outlet (网点) it concerns' }) outletId?: string | null;
  @Field(() => LocalDateScalar, { description: 'The day it takes effect' }) effectiveOn!: string;
}

/** Who makes staff changes. */
const STAFF_CHANGERS = ['branch-manager', 'channel-management'] as const;

/** Staff changes are the branch manager's (own branch) or channel management's (all branches). */
async function changeable(em: EntityManager, p: Principal, employeeId: string): Promise<Employee> {
  const e = await em.findOne(Employee, employeeId);
  if (!e) throw new NotFoundError('Employee', employeeId);
  if (!hasRole(p, 'channel-management') && !(hasRole(p, 'branch-manager') && p.branchId === e.branchId)) {
    throw new ForbiddenError("Staff changes are made by the employee's branch manager or channel management");
  }
  if (e.status === EmployeeStatus.DEPARTED) throw new ConflictError(`${e.name} (${e.id}) has departed`);
  return e;
}

@Resolver(() => Employee)
export class EmployeeLifecycleResolver {
  @Authorized('branch-manager', 'channel-management')
  @Mutation(() => Employee, { description: 'Move a manager to another team, group or outlet of the branch (EmployeeTransferred)' })
  async transferEmployee(@Arg('input', { description: 'What to record (see the input type)' }) input: TransferInput, @Ctx() { em, principal }: RequestContext) {
    const e = await changeable(em, principal, input.employeeId);
    const [team, group, outlet] = await Promise.all([
      em.findOne(Team, input.teamId),
      input.groupId ? em.findOne(Group, input.groupId) : null,
      input.outletId ? em.findOne(Outlet, input.outletId) : null,
    ]);
    const problems: FieldProblem[] = [];
    if (!team || team.branchId !== e.branchId) problems.push({ field: 'teamId', problem: `no team ${input.teamId} in branch ${e.branchId}` });
    if (input.groupId && (!group || group.teamId !== input.teamId))
      problems.push({ field: 'groupId', problem: `no group ${input.groupId} in team ${input.teamId}` });
    if (input.outletId && (!outlet || outlet.branchId !== e.branchId))
      problems.push({ field: 'outletId', problem: `no outlet ${input.outletId} in branch ${e.branchId}` });
    if (problems.length) throw new BadInputError('The transfer is not valid', problems);
    const from = { branchId: e.branchId, teamId: e.teamId, groupId: e.groupId, outletId: e.outletId };
    Object.assign(e, { teamId: input.teamId, groupId: input.groupId ?? null, outletId: input.outletId ?? e.outletId });
    const to = { branchId: e.branchId, teamId: e.teamId, groupId: e.groupId, outletId: e.outletId };
    recordChange(em, e, ChangeKind.TRANSFERRED, from, to, input.effectiveOn, principal.username);
    recordEvent(em, 'personnel', 'EmployeeTransferred', e.id, { employeeId: e.id, ...to, from, effectiveOn: input.effectiveOn });
    await em.flush();
    return e;
  }

  // The roles are checked inside `audited` (not by @Authorized, whose refusals never reach the resolver) so that refusals are audited too.
  @Authorized()
  @Mutation(() => Employee, { description: "Change a manager's level (LevelChanged). Audited, allowed or refused (personnelAuditLog, action level.change)" })
  async changeEmployeeLevel(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Arg('level', { description: 'The client-manager level (级别), e.g. L3' }) level: string,
    @Arg('effectiveOn', () => LocalDateScalar, { description: 'The day it takes effect' }) effectiveOn: string,
    @Arg('reason', { description: 'The reason, written down with the decision' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    const { principal } = ctx;
    const known = hasRole(principal, ...STAFF_CHANGERS) ? await ctx.em.findOne(Employee, employeeId) : null;
    const subject = {
      subject: `level of ${employeeId}${known ? ` (${known.name}, ${known.level})` : ''} to ${level} from ${effectiveOn}`,
      branchId: known?.branchId ?? null,
      employeeId,
    };
    return audited(
      ctx,
      'level.change',
      subject,
      async (em) => {
        if (!/^L\d{1,2}$/.test(level)) throw new BadInputError('level is L1, L2, ...', [{ field: 'level', problem: `"${level}" is not a level` }]);
        if (!reason.trim()) throw new BadInputError('Give the reason for the change', [{ field: 'reason', problem: 'required' }]);
        const e = await changeable(em, principal, employeeId);
        if (e.level === level) throw new ConflictError(`${e.name} is already at ${level}`);
        changeLevel(em, e, level, effectiveOn, reason, principal.username);
        await em.flush();
        return e;
      },
      { roles: STAFF_CHANGERS },
    );
  }

  @Authorized('branch-manager', 'channel-management')
  @Mutation(() => Employee, {
    description: 'Record a departure (EmployeeDeparted); refused while assets are still issued to them. For the roles branch-manager, channel-management',
  })
  async departEmployee(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Arg('departedOn', () => LocalDateScalar, { description: 'The last day of employment: paid up to and including it (not before the hire day)' })
    departedOn: string,
    @Arg('reason', { description: 'The reason, written down with the decision' }) reason: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const e = await changeable(em, principal, employeeId);
    const held = await issuedAssetsOf(em, employeeId);
    if (held.length) {
      throw new ConflictError(`${e.name} still holds ${held.map((a) => `${a.name} (${a.tag})`).join(', ')}: hand them over or charge them first`);
    }
    depart(em, e, departedOn, reason, principal.username);
    await em.flush();
    return e;
  }

  @FieldResolver(() => [EmployeeChange], { description: 'Every change to the employee (人员变动), under the archive rule; audited' })
  async history(@Root() e: Employee, @Ctx() { em, principal, requestId }: RequestContext) {
    await guardArchiveRead(em, principal, e, 'history', requestId);
    return em.find(EmployeeChange, { employeeId: e.id }, { orderBy: { at: 'asc', id: 'asc' } });
  }
}
