import { startService, type RunningService, type ServiceConfig, type ServiceDeps } from '@bg/service';
import { performance } from './service';

export const DEFAULT_PORT = 4003;

/** Starts the performance subgraph; tests start it in-process, main.ts from the environment. */
export function createServer(config: ServiceConfig, deps?: ServiceDeps): Promise<RunningService> {
  return startService(performance, config, deps);
}
