import type { PersonnelModule } from '../module';
import { EmploymentContract } from './contract.entity';
import { ContractResolver } from './contract.resolver';

export { ContractKind, ContractStatus, EmploymentContract } from './contract.entity';
export { ContractResolver } from './contract.resolver';

/** contracts: labour contracts and cooperation agreements, renewals, expiring list. */
export const contractsModule: PersonnelModule = { entities: [EmploymentContract], resolvers: [ContractResolver] };
