export * from './processes';
export * from './round-robin-proxy';
