export * from './settings';
export * from './known-employee';
export * from './employee-periods';
export * from './known-organisation';
export * from './known-region';
export * from './projection-migration';
export * from './start';
export * from './demo-company';
export * from './main';
export * from './employee-ref';

import { KnownEmployee } from './known-employee';
import { EmployeeFactChange, EmployeePeriod } from './employee-periods';
import { KnownOutletHours, KnownUnit } from './known-organisation';

/** The projections of personnel's data every consuming service keeps: list them among its entities. */
export const PERSONNEL_PROJECTIONS = [KnownEmployee, EmployeeFactChange, EmployeePeriod, KnownUnit, KnownOutletHours];
export * from './audit';
