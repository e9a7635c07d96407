/**
 * The end-to-end suite: real PostgreSQL, Kafka and Keycloak (infra/local), the gateway and the
 * four subgraphs as separate processes, everything through the gateway. `npm run test:e2e`.
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const base = require('../../jest.config.js');

const root = join(__dirname, '..', '..');

/**
 * Unit tests with a PostgreSQL part (they run on @bg/db's testDialects and skip PostgreSQL without
 * TEST_DATABASE_URL): run here, where PostgreSQL is up.
 */
const POSTGRES_PART = /testDialects\(|TEST_DIALECTS|TEST_DATABASE_URL/;
function postgresTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name === 'dist' ? [] : postgresTests(path);
    return d.name.endsWith('.test.ts') && POSTGRES_PART.test(readFileSync(path, 'utf8')) ? [`<rootDir>/${relative(root, path)}`] : [];
  });
}

module.exports = {
  ...base,
  rootDir: '../..',
  testMatch: ['<rootDir>/infra/e2e/**/*.e2e.test.ts', ...['services', 'packages'].flatMap((d) => postgresTests(join(root, d)))],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/infra/e2e/global-setup.ts',
  testTimeout: 180_000,
  // After a run with every test passed (99 of 100, 1 skipped), jest stayed up with four kafkajs
  // connections to the three-broker cluster (replicated.e2e's broker-kill case: a client kafkajs
  // restarted after the kill outlives the transports' close). Until that leak is found, the suite
  // must still end: CI waits for it.
  forceExit: true,
};
