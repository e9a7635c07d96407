import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { BadInputError, Connection, decodeCursor, LocalDateScalar, PageInput, toPage, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { visibleKnownEmployee } from '@bg/service';
import { localParts, now } from '../common/clock';
import { firstDay, lastDay, monthOf } from '../common/dates';
import { selfEmployee, visibleTeam } from '../common/scope';
import { assertMonthsOpen } from '../month-close/month-lock';
import { VisitSlip } from './slip.entity';
import { slipProblems } from './slip.rules';

@ObjectType()
class VisitSlipConnection extends Connection(VisitSlip) {}

@InputType({ description: 'A visit slip (营销人员出访单) to file before going out (R-2.3)' })
class FileVisitSlipInput {
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field({ description: 'Where the visit goes' }) destination!: string;
  @Field({ description: 'Who was visited' }) personVisited!: string;
  @Field({ description: "The visited person's phone" }) contact!: string;
  @Field({ description: 'Why' }) purpose!: string;
  @Field({ description: 'HH:MM' }) timeOut!: string;
  @Field({ description: 'HH:MM' }) timeBack!: string;
}

@ArgsType()
class VisitSlipsArgs {
  @Field(() => ID, { nullable: true, description: 'One employee (self, their group/team lead, branch staff, head office)' }) employeeId?: string;
  @Field(() => ID, { nullable: true, description: 'A whole team (its lead, branch staff, head office)' }) teamId?: string;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) month!: string;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@Resolver(() => VisitSlip)
export class VisitSlipResolver {
  @Authorized('client-manager', 'group-leader')
  @Mutation(() => VisitSlip, {
    description: 'File a visit slip before going out (R-2.3): destination, person visited, contact, purpose, times. For the roles client-manager, group-leader',
  })
  async fileVisitSlip(
    @Arg('input', { description: 'What to record (see the input type)' }) input: FileVisitSlipInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<VisitSlip> {
    const me = await selfEmployee(em, principal);
    const problems = slipProblems(input, localParts(now()));
    if (problems.length) throw new BadInputError('The visit slip is not complete', problems);
    await assertMonthsOpen(em, me.branchId, [monthOf(input.date)]);
    const slip = em.create(VisitSlip, {
      employeeId: me.id,
      branchId: me.branchId,
      teamId: me.teamId,
      date: input.date,
      destination: input.destination.trim(),
      personVisited: input.personVisited.trim(),
      contact: input.contact.trim(),
      purpose: input.purpose.trim(),
      timeOut: input.timeOut,
      timeBack: input.timeBack,
    } as VisitSlip);
    await em.flush();
    return slip;
  }

  @Authorized()
  @Query(() => VisitSlipConnection, {
    description:
      'Visit slips of an employee or a team for a month, by date. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async visitSlips(@Args() { employeeId, teamId, month, page }: VisitSlipsArgs, @Ctx() { em, principal }: RequestContext) {
    if (!!employeeId === !!teamId) throw new BadInputError('Name an employee or a team', [{ field: 'employeeId', problem: 'give employeeId or teamId' }]);
    if (employeeId) await visibleKnownEmployee(em, principal, employeeId);
    else await visibleTeam(em, principal, teamId!);
    const where: FilterQuery<VisitSlip> = { ...(employeeId ? { employeeId } : { teamId }), date: { $gte: firstDay(month), $lte: lastDay(month) } };
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(VisitSlip, where, { orderBy: { date: 'asc', timeOut: 'asc', id: 'asc' }, limit: page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }
}
