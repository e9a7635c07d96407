export * from './settings';
export * from './known-employee';
export * from './start';
export * from './demo-company';
export * from './main';
export * from './employee-ref';
