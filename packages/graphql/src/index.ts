export * from './errors';
export * from './scalars';
export * from './local-date';
export * from './schema';
export * from './auth-checker';
export * from './context';
export * from './server';
export * from './pagination';
