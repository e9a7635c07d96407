import { startService, type RunningService, type ServiceConfig, type ServiceDeps } from '@bg/service';
import { personnel } from './service';

export const DEFAULT_PORT = 4001;

/** Starts the personnel subgraph; tests start it in-process, main.ts from the environment. */
export function createServer(config: ServiceConfig, deps?: ServiceDeps): Promise<RunningService> {
  return startService(personnel, config, deps);
}
