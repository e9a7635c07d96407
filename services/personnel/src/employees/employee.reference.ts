import { loadVisibleEmployee } from './employee.resolver';
import type { RequestContext } from '@bg/graphql';

/** Resolves `Employee` references from other subgraphs, under the same visibility rule. */
export const employeeReference = {
  Employee: {
    __resolveReference(ref: { id: string }, ctx: RequestContext) {
      return loadVisibleEmployee(ctx.em, ctx.principal, ref.id);
    },
  },
};
