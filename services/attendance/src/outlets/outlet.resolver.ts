import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { KnownUnit, outletHoursOn } from '@bg/service';
import { LocalDateScalar, type RequestContext } from '@bg/graphql';
import { today } from '../common/clock';

/** An outlet's hours on a day, as attendance classifies that day's arrivals and departures by them. */
@ObjectType('AttendanceOutletHours', {
  description: "An outlet's working hours in force on a day, as attendance classifies days by them (personnel sets them: personnel.organisation)",
})
class OutletHoursView {
  @Field(() => ID, { description: 'The outlet (网点)' }) outletId!: string;
  @Field(() => ID, { description: 'Its branch' }) branchId!: string;
  @Field({ description: "The outlet's name, as personnel registered it" }) name!: string;
  @Field(() => LocalDateScalar, { description: 'The day these hours are in force on' }) date!: string;
  @Field({ description: 'HH:MM' }) opensAt!: string;
  @Field({ description: 'HH:MM' }) closesAt!: string;
}

@Resolver()
export class OutletHoursResolver {
  @Authorized()
  @Query(() => [OutletHoursView], {
    description:
      "The branch's outlets with the hours in force on a day (default today), as attendance knows them from personnel. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)",
  })
  async attendanceOutletHours(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('date', () => LocalDateScalar, { nullable: true, description: 'The day (default today, Asia/Shanghai)' }) date: string | null,
    @Ctx() { em }: RequestContext,
  ): Promise<OutletHoursView[]> {
    const day = date ?? today();
    const outlets = await em.find(KnownUnit, { branchId, kind: 'OUTLET' }, { orderBy: { id: 'asc' } });
    const hours = await outletHoursOn(
      em,
      outlets.map((o) => o.id),
      day,
    );
    return outlets.flatMap((o) => {
      const h = hours.get(o.id);
      return h ? [{ outletId: o.id, branchId, name: o.name, date: day, ...h }] : [];
    });
  }
}
