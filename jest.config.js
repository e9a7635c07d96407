/**
 * One jest run over every workspace. @swc/jest compiles TypeScript with decorator metadata
 * (type-graphql and MikroORM need it; tsx/esbuild drop it) and keeps class names (MikroORM
 * names entities by them). Workspace packages resolve to their sources, so tests need no build.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const workspaces = {
  '^@bg/(config|graphql|auth|events|db|service)$': '<rootDir>/packages/$1/src',
  '^@bg/(personnel|attendance|performance|recruitment)$': '<rootDir>/services/$1/src',
  '^@bg/gateway$': '<rootDir>/gateway/src',
  '^@bg/embedded$': '<rootDir>/infra/embedded/src',
  '^@bg/processes$': '<rootDir>/infra/processes/src',
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: workspaces,
  testMatch: ['<rootDir>/{packages,services,gateway,infra,k8s,apps}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/infra/e2e/'],
  testTimeout: 30000,
};
