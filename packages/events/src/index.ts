export * from './contracts';
export * from './envelope';
export * from './outbox';
export * from './inbox';
export * from './transport';
export * from './in-process-transport';
export * from './relay';
export * from './consumer';
