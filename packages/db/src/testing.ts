/**
 * Test support shared by the packages' and services' database tests: the dialects a test runs on
 * (SQLite always; PostgreSQL when TEST_DATABASE_URL names a server, as the e2e run sets it) and a
 * scratch database on either, built from the entities or by the migrations, dropped afterwards.
 *
 *   bash infra/local/infra.sh up postgres
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest <path>
 */
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { openDatabase, ormOptions, type MigrationLists } from './index';

export type TestDialect = [name: string, postgresUrl: string | undefined, enabled: boolean];

const NO_MIGRATIONS: MigrationLists = { sqlite: [], postgresql: [] };

/** For `describe.each`: SQLite, then PostgreSQL (skipped, saying how to run it, without TEST_DATABASE_URL). */
export function testDialects(postgresUrl = process.env.TEST_DATABASE_URL): TestDialect[] {
  return [
    ['SQLite', undefined, true],
    [postgresUrl ? 'PostgreSQL' : 'PostgreSQL (skipped: set TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres to run)', postgresUrl, !!postgresUrl],
  ];
}

export interface ScratchDatabase {
  orm: MikroORM;
  /** Drops the PostgreSQL database (or leaves the SQLite one to its file or memory). */
  close(): Promise<void>;
}

export interface ScratchOptions {
  entities: Function[];
  /** A PostgreSQL server: a database of its own is created there; absent: SQLite. */
  postgresUrl?: string;
  /** Build the schema with these migrations (as the service does); absent: straight from the entities. */
  migrations?: MigrationLists;
  /** SQLite file (default in memory). */
  sqlitePath?: string;
  /** Prefix of the PostgreSQL database's name, to tell whose it is. */
  prefix?: string;
}

async function onServer(url: string, sql: string): Promise<void> {
  const admin = await MikroORM.init({
    ...ormOptions({ databaseUrl: url, entities: [], migrations: NO_MIGRATIONS }),
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  try {
    await admin.em.getConnection().execute(sql);
  } finally {
    await admin.close();
  }
}

/** A database for one test file: on SQLite, or on a fresh PostgreSQL database of the server named. */
export async function openScratchDatabase(options: ScratchOptions): Promise<ScratchDatabase> {
  let databaseUrl: string | undefined;
  let drop = async () => undefined as void;
  if (options.postgresUrl) {
    const server = options.postgresUrl;
    const name = `${options.prefix ?? 'bg_test'}_${process.pid}_${randomBytes(4).toString('hex')}`;
    await onServer(server, `create database "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = () => onServer(server, `drop database if exists "${name}" with (force)`);
  }
  const target = { databaseUrl, sqlitePath: options.sqlitePath, entities: options.entities };
  let orm: MikroORM;
  try {
    if (options.migrations) orm = await openDatabase({ ...target, migrations: options.migrations });
    else {
      orm = await MikroORM.init(ormOptions({ ...target, migrations: NO_MIGRATIONS }));
      await orm.schema.createSchema();
    }
  } catch (e) {
    await drop();
    throw e;
  }
  return {
    orm,
    async close() {
      await orm.close(true);
      await drop();
    },
  };
}
