import type { PersonnelModule } from '../module';
import { TeamLeadAppointment } from './team-lead.entity';
import { TeamLeadResolver } from './team-lead.resolver';

/** 团队负责人 appointments, effective-dated, published on personnel.organisation (issue 16 item 7). */
export const teamLeadsModule: PersonnelModule = { entities: [TeamLeadAppointment], resolvers: [TeamLeadResolver] };
