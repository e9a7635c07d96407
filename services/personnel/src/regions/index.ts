import type { PersonnelModule } from '../module';
import { Region, RegionAssignment } from './region.entity';
import { RegionResolver, TeamRegionsResolver } from './region.resolver';

/** 区域: regions of a team with their regional managers and members, published on personnel.organisation (issue 16 item 4). */
export const regionsModule: PersonnelModule = { entities: [Region, RegionAssignment], resolvers: [RegionResolver, TeamRegionsResolver] };
