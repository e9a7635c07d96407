import type { PersonnelModule } from '../module';
import { DutyRoleAssignment } from './duty-role.entity';
import { DivisionOfLabourResolver, EmployeeDutyRoleResolver } from './duty-role.resolver';

/** 分工 (第五条 (二)): each team member's duty role, effective-dated, published on personnel.organisation. */
export const divisionOfLabourModule: PersonnelModule = { entities: [DutyRoleAssignment], resolvers: [DivisionOfLabourResolver, EmployeeDutyRoleResolver] };
