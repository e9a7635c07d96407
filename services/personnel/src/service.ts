import type { ServiceDefinition } from '@bg/service';
import { Branch, Group, Outlet, Team } from './organisation/organisation.entity';
import { BranchResolver, TeamResolver } from './organisation/organisation.resolver';
import { Employee } from './employees/employee.entity';
import { EmployeeResolver } from './employees/employee.resolver';
import { employeeReference } from './employees/employee.reference';
import { seedDemoCompany } from './demo/seed';
import { migrations } from './migrations';

/** Personnel & archives: the organisation and its employees (the owner of `Employee`). */
export const personnel: ServiceDefinition = {
  name: 'personnel',
  entities: [Branch, Team, Group, Outlet, Employee],
  migrations,
  resolvers: [BranchResolver, TeamResolver, EmployeeResolver],
  referenceResolvers: employeeReference,
  seed: seedDemoCompany,
};
