import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { YearMonthScalar, type RequestContext } from '@bg/graphql';
import { employeeEntityStub, visibleKnownEmployee, type EmployeeKey } from '@bg/service';
import { BusinessMetrics } from './business-metrics.entity';

export const Employee = employeeEntityStub();

@Resolver(() => Employee)
export class BusinessMetricsResolver {
  @FieldResolver(() => BusinessMetrics, { nullable: true, description: 'Business figures of a month; null before the month is imported' })
  async businessMetrics(@Root() e: EmployeeKey, @Arg('month', () => YearMonthScalar) month: string, @Ctx() { em, principal }: RequestContext) {
    await visibleKnownEmployee(em, principal, e.id);
    return em.findOne(BusinessMetrics, { employeeId: e.id, month });
  }
}
