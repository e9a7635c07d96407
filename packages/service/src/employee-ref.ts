import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from '@bg/graphql';

export interface EmployeeKey {
  id: string;
}

/**
 * The federated `Employee` entity as seen by a subgraph that extends it with its own fields
 * (attendance, metrics, training). A new class per call: several subgraphs may live in one
 * process and type-graphql keeps its metadata per class.
 */
export function employeeEntityStub() {
  @ObjectType('Employee', { description: 'An employee of the company (owned by personnel); other subgraphs add their fields to it' })
  @Directive('@key(fields: "id")')
  class Employee implements EmployeeKey {
    @Field(() => ID, { description: "The employee's id" }) id!: string;
  }
  return Employee;
}

/** Reference resolver of the stub: the key is all this subgraph needs; fields check access. */
export const employeeStubReference = {
  Employee: {
    __resolveReference: (ref: EmployeeKey, _ctx: RequestContext): EmployeeKey => ({ id: ref.id }),
  },
};
