export { createServer, DEFAULT_PORT } from './server';
export { recruitment } from './service';
