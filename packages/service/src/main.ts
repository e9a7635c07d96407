import type { RunningService, ServiceDeps } from './start';
import { loadServiceConfig, type ServiceConfig } from './settings';

/** Entry point of a service process: config from the environment, clean stop on SIGINT/SIGTERM. */
export function runMain(defaultPort: number, createServer: (c: ServiceConfig, d?: ServiceDeps) => Promise<RunningService>): void {
  let running: RunningService | undefined;
  const stop = async () => {
    await running?.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  (async () => {
    running = await createServer(loadServiceConfig(defaultPort));
  })().catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
