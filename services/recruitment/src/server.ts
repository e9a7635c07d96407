import { startService, type RunningService, type ServiceConfig, type ServiceDeps } from '@bg/service';
import { recruitment } from './service';

export const DEFAULT_PORT = 4004;

/** Starts the recruitment subgraph; tests start it in-process, main.ts from the environment. */
export function createServer(config: ServiceConfig, deps?: ServiceDeps): Promise<RunningService> {
  return startService(recruitment, config, deps);
}
