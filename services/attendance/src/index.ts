export { createServer, DEFAULT_PORT } from './server';
export { attendance } from './service';
export { useClock } from './common/clock';
