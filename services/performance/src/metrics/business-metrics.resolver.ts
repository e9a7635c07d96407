import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { employeeEntityStub, visibleKnownEmployee, type EmployeeKey } from '@bg/service';
import { canReadPayroll } from '../access';
import { BusinessMetrics } from './business-metrics.entity';
import { MetricsImport } from './metrics-import.entity';
import { importMetrics } from './metrics-import';

export const Employee = employeeEntityStub();

@Resolver(() => Employee)
export class BusinessMetricsResolver {
  @FieldResolver(() => BusinessMetrics, { nullable: true, description: 'Business figures of a month; null before the month is imported' })
  async businessMetrics(@Root() e: EmployeeKey, @Arg('month', () => YearMonthScalar) month: string, @Ctx() { em, principal }: RequestContext) {
    await visibleKnownEmployee(em, principal, e.id);
    return em.findOne(BusinessMetrics, { employeeId: e.id, month });
  }
}

@Resolver(() => MetricsImport)
export class MetricsImportResolver {
  @Authorized('branch-finance', 'branch-manager')
  @Mutation(() => MetricsImport, {
    description: "Import a branch's month of CRM figures (R-4.1; CSV as in the performance README). Every line is checked; one bad line rejects the whole file " +
      'with every problem listed by line (BAD_USER_INPUT). A re-import replaces the month while no payroll of it is signed off (then CONFLICT). Branch finance or manager, own branch.',
  })
  importMetrics(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('month', () => YearMonthScalar) month: string,
    @Arg('csv', { description: 'The file content, UTF-8' }) csv: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<MetricsImport> {
    return importMetrics(em, principal, branchId, month, csv);
  }

  @Authorized()
  @Query(() => MetricsImport, { nullable: true, description: "A branch's CRM import of a month with its totals; null before it is imported (branch finance, deputy, manager; head office)" })
  async metricsImport(@Arg('branchId', () => ID) branchId: string, @Arg('month', () => YearMonthScalar) month: string, @Ctx() { em, principal }: RequestContext) {
    if (!canReadPayroll(principal, branchId)) throw new ForbiddenError(`You may not see the CRM imports of branch ${branchId}`);
    return em.findOne(MetricsImport, { branchId, month });
  }
}
