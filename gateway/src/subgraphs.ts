import { gatewaySettings } from './settings';

/** The subgraphs of the supergraph and the variable holding each one's URL. */
export const SUBGRAPHS = [
  { name: 'personnel', env: 'PERSONNEL_URL' },
  { name: 'attendance', env: 'ATTENDANCE_URL' },
  { name: 'performance', env: 'PERFORMANCE_URL' },
  { name: 'recruitment', env: 'RECRUITMENT_URL' },
] as const;

/** The URL composed into the supergraph: the default, overridden at run time by the variable. */
export const defaultUrl = (s: (typeof SUBGRAPHS)[number]) => gatewaySettings[s.env].fallback!();
