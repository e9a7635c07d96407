import { runMain } from '@bg/service';
import { DEFAULT_PORT, createServer } from './server';

runMain(DEFAULT_PORT, createServer);
