import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { manyByKey, type RequestContext } from '@bg/graphql';
import { findDetached } from '@bg/db';
import { employeeEntityStub, visibleKnown, type EmployeeKey } from '@bg/service';
import { TrainingRecord } from './training-record.entity';

export const Employee = employeeEntityStub();

@Resolver(() => Employee)
export class TrainingRecordResolver {
  @FieldResolver(() => [TrainingRecord], { description: 'The training archive of the person, newest first' })
  async trainingRecords(@Root() e: EmployeeKey, @Ctx() ctx: RequestContext) {
    await visibleKnown(ctx, e.id);
    const { em } = ctx;
    return ctx.loaders
      .get<string, TrainingRecord[]>('trainingRecords', async (ids) =>
        manyByKey(
          ids,
          await findDetached(em, TrainingRecord, { employeeId: { $in: [...ids] } }, { orderBy: { sessionDate: 'desc', id: 'asc' } }),
          (r) => r.employeeId,
        ),
      )
      .load(e.id);
  }
}
