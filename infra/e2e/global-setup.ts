import { localRealParts, freshRealParts } from '@bg/processes';

/** Starts the real parts (installing them once), empties the broker and gives every service a fresh database. */
export default async function globalSetup(): Promise<void> {
  const t0 = Date.now();
  await freshRealParts();
  console.log(`\ninfra up, broker and databases fresh, in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // Unit tests with a PostgreSQL part make their own scratch databases from this one.
  process.env.TEST_DATABASE_URL ??= `${localRealParts().postgresUrl}/postgres`;
}
