export { createServer, DEFAULT_PORT } from './server';
export { performance } from './service';
