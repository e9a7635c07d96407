export { createServer, DEFAULT_PORT } from './server';
export { attendance } from './service';
