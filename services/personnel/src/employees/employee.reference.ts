import { visibleEmployeeOf } from './employee.resolver';
import type { RequestContext } from '@bg/graphql';

/** Resolves `Employee` references from other subgraphs, under the same visibility rule, in batches. */
export const employeeReference = {
  Employee: {
    __resolveReference(ref: { id: string }, ctx: RequestContext) {
      return visibleEmployeeOf(ctx, ref.id);
    },
  },
};
