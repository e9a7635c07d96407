export { createServer, DEFAULT_PORT } from './server';
export { personnel } from './service';
