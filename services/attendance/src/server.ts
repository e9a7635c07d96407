import { startService, type RunningService, type ServiceConfig, type ServiceDeps } from '@bg/service';
import { attendance } from './service';

export const DEFAULT_PORT = 4002;

/** Starts the attendance subgraph; tests start it in-process, main.ts from the environment. */
export function createServer(config: ServiceConfig, deps?: ServiceDeps): Promise<RunningService> {
  return startService(attendance, config, deps);
}
