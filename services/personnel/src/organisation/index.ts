import type { PersonnelModule } from '../module';
import { OrganisationSetupResolver } from './organisation.setup.resolver';

export { orgTree, OrgTree } from './org-tree';
export { createBranch, createGroup, createOutlet, createTeam, setOutletHours, hoursProblems } from './organisation.setup';

/**
 * Organisation set-up by head office and the org tree (issue 4). Branch, Team, Group, Outlet and
 * BranchResolver, TeamResolver are wired in service.ts directly; this adds the rest.
 */
export const organisationModule: PersonnelModule = { entities: [], resolvers: [OrganisationSetupResolver] };
