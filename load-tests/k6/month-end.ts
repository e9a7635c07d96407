/** k6 run load-tests/k6/month-end.ts — see load-tests/README.md (the scenario is defined in src/scenarios/definitions.ts). */
import { SCENARIOS } from '../src/scenarios/definitions.ts';
import { k6Flows, k6Iteration, k6Options, k6Setup } from './lib.ts';

const scenario = SCENARIOS['month-end'];
export const options = k6Options(scenario);
export const setup = k6Setup(scenario);
export default k6Iteration(scenario);
export const flows = k6Flows(scenario);
