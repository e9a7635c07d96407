import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@bg/graphql';
import { employeeEntityStub, visibleKnownEmployee, type EmployeeKey } from '@bg/service';
import { TrainingRecord } from './training-record.entity';

export const Employee = employeeEntityStub();

@Resolver(() => Employee)
export class TrainingRecordResolver {
  @FieldResolver(() => [TrainingRecord], { description: 'The training archive of the person, newest first' })
  async trainingRecords(@Root() e: EmployeeKey, @Ctx() { em, principal }: RequestContext) {
    await visibleKnownEmployee(em, principal, e.id);
    return em.find(TrainingRecord, { employeeId: e.id }, { orderBy: { sessionDate: 'desc', id: 'asc' } });
  }
}
