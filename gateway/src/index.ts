export * from './gateway';
export * from './settings';
export * from './subgraphs';
export * from './compose';
