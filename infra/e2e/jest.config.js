/**
 * The end-to-end suite: real PostgreSQL, Kafka and Keycloak (infra/local), the gateway and the
 * four subgraphs as separate processes, everything through the gateway. `npm run test:e2e`.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testMatch: ['<rootDir>/infra/e2e/**/*.e2e.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/infra/e2e/global-setup.ts',
  testTimeout: 180_000,
};
