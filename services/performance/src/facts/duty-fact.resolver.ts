/**
 * The duty facts behind a person's duty assessment, as other services told performance:
 * spot checks, missed meetings, meetings not held by the lead who bore them (R-2.6, issue 16 item 7),
 * marketing activities missed (R-2.2, item 6), overdue follow-ups, trainings. Read by people scope.
 */
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { LocalDateScalar, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { visibleKnownEmployee } from '@bg/service';
import { DutyFact, DutyFactKind } from './duty-fact.entity';

registerEnumType(DutyFactKind, {
  name: 'DutyFactKind',
  description: 'What a duty fact (工作职责考核的依据) records',
  valuesConfig: {
    SPOT_CHECK_DISCREPANCY: { description: 'A drawn visit slip or work log that did not match (R-2.3, R-2.8)' },
    SPOT_CHECK_CONFIRMED: { description: 'A drawn visit slip or work log confirmed' },
    MEETING_MISSED: { description: 'Absent from a morning, weekly or monthly meeting (R-2.6)' },
    FOLLOW_UP_OVERDUE: { description: "A customer's issue not followed up by its due date (R-2.9)" },
    TRAINING_PASSED: { description: 'A training assessment passed (R-6.7)' },
    TRAINING_FAILED: { description: 'A training assessment failed (R-6.7)' },
    MEETING_NOT_HELD: { description: "A team meeting not held, borne by the team's lead in force on its due day (R-2.6)" },
    ACTIVITY_MISSED: { description: "Absent from a team's marketing activity without approved leave (R-2.2)" },
  },
});

@ObjectType({ description: "A fact of a person's duty assessment (工作职责考核, R-4.3)" })
class DutyFactView {
  @Field(() => ID, { description: 'The person it counts for' }) employeeId!: string;
  @Field(() => DutyFactKind, { description: 'What it records' }) kind!: DutyFactKind;
  @Field(() => LocalDateScalar, { description: 'The day (checked on, meeting date, due date, activity or session date)' }) date!: string;
  @Field({ description: 'A word on what it was' }) detail!: string;
}

@Resolver(() => DutyFactView)
export class DutyFactResolver {
  @Authorized()
  @Query(() => [DutyFactView], {
    description: "A person's duty facts of a month, by date (people scope: themself, group leader, team lead, branch, head office)",
  })
  async dutyFacts(
    @Arg('employeeId', () => ID, { description: 'The person' }) employeeId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<DutyFactView[]> {
    await visibleKnownEmployee(em, principal, employeeId);
    return em.find(DutyFact, { employeeId, date: { $like: `${month}-%` } }, { orderBy: { date: 'asc', id: 'asc' } });
  }
}
