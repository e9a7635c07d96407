export * from './roles';
export * from './principal';
export * from './verifier';
export * from './settings';
export * from './dev-realm/dev-realm';
export * from './dev-realm/bad-tokens';
