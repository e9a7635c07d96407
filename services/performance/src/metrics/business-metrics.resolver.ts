import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadInputError, ForbiddenError, YearMonthScalar, oneByKey, type RequestContext } from '@bg/graphql';
import { findDetached } from '@bg/db';
import { employeeEntityStub, visibleKnown, type EmployeeKey } from '@bg/service';
import { canReadPayroll } from '../access';
import { BusinessMetrics } from './business-metrics.entity';
import { MetricsImport } from './metrics-import.entity';
import { importMetrics } from './metrics-import';

export const Employee = employeeEntityStub();

@Resolver(() => Employee)
export class BusinessMetricsResolver {
  @FieldResolver(() => BusinessMetrics, { nullable: true, description: 'Business figures of a month; null before the month is imported' })
  async businessMetrics(@Root() e: EmployeeKey, @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string, @Ctx() ctx: RequestContext) {
    await visibleKnown(ctx, e.id);
    const { em } = ctx;
    return ctx.loaders
      .get<string, BusinessMetrics | null>(`businessMetrics:${month}`, async (ids) =>
        oneByKey(ids, await findDetached(em, BusinessMetrics, { employeeId: { $in: [...ids] }, month }), (m) => m.employeeId),
      )
      .load(e.id);
  }
}

@Resolver(() => MetricsImport)
export class MetricsImportResolver {
  @Authorized('branch-finance', 'branch-manager')
  @Mutation(() => MetricsImport, {
    description:
      "Import a branch's month of CRM figures (R-4.1; CSV as in the performance README). Every line is checked; one bad line rejects the whole file " +
      'with every problem listed by line (BAD_USER_INPUT). A re-import replaces the month while no payroll of it is signed off (then CONFLICT). Branch finance or manager, own branch.',
  })
  importMetrics(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Arg('csv', () => String, { nullable: true, description: 'The file content as text (or give csvBase64)' }) csv: string | null | undefined,
    @Arg('csvBase64', () => String, {
      nullable: true,
      description:
        "The file's bytes, base64: UTF-8 (with or without a byte order mark) or GB18030 as Excel saves CSV on Chinese Windows, told apart by the import",
    })
    csvBase64: string | null | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<MetricsImport> {
    if ((csv == null) === (csvBase64 == null))
      throw new BadInputError('Give the file once: as csv (text) or as csvBase64 (its bytes)', [{ field: 'csv', problem: 'exactly one of csv and csvBase64' }]);
    return importMetrics(em, principal, branchId, month, csv ?? Buffer.from(csvBase64!, 'base64'));
  }

  @Authorized()
  @Query(() => MetricsImport, {
    nullable: true,
    description: "A branch's CRM import of a month with its totals; null before it is imported (branch finance, deputy, manager; head office)",
  })
  async metricsImport(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!canReadPayroll(principal, branchId)) throw new ForbiddenError(`You may not see the CRM imports of branch ${branchId}`);
    return em.findOne(MetricsImport, { branchId, month });
  }
}
