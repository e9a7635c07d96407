import type { PersonnelModule } from '../module';
import { AssetHandoverAct } from './handover.entity';
import { AssetHandoverResolver } from './handover.resolver';

/** handovers signed by both (issue 16 item 9). */
export const handoversModule: PersonnelModule = { entities: [AssetHandoverAct], resolvers: [AssetHandoverResolver] };
