import { createGateway, type RunningGateway } from './gateway';
import { loadGatewayConfig } from './settings';

let running: RunningGateway | undefined;
const stop = async () => {
  await running?.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
createGateway(loadGatewayConfig())
  .then((g) => (running = g))
  .catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
