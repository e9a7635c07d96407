/**
 * MikroORM set-up shared by the services: an SQLite file by default (embedded), PostgreSQL when
 * a `DATABASE_URL` is given. Schemas change only through migrations; each service keeps one
 * migration list per dialect (`src/migrations/{sqlite,postgresql}`) because the SQL differs.
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options, type EntityManager } from '@mikro-orm/core';
import type { MigrationObject } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';

export type Dialect = 'sqlite' | 'postgresql';
export type MigrationLists = Record<Dialect, MigrationObject[]>;

export interface DatabaseOptions {
  /** PostgreSQL URL; when absent the service uses an SQLite file. */
  databaseUrl?: string;
  /** SQLite file path, or ':memory:' (tests). Ignored when databaseUrl is set. */
  sqlitePath?: string;
  entities: Function[];
  migrations: MigrationLists;
  debug?: boolean;
}

export function dialectOf(options: Pick<DatabaseOptions, 'databaseUrl'>): Dialect {
  return options.databaseUrl ? 'postgresql' : 'sqlite';
}

export function ormOptions(options: DatabaseOptions): Options {
  const dialect = dialectOf(options);
  const common: Options = {
    entities: options.entities,
    extensions: [Migrator],
    debug: options.debug ?? false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    migrations: {
      migrationsList: options.migrations[dialect],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    discovery: { warnWhenNoEntities: true },
  };
  if (dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: options.databaseUrl, pool: { min: 0, max: 10 } } as Options;
  }
  const dbName = options.sqlitePath ?? ':memory:';
  if (dbName !== ':memory:') mkdirSync(dirname(dbName), { recursive: true });
  return { ...common, driver: BetterSqliteDriver, dbName } as Options;
}

/** Opens the database and brings its schema up to date by running pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(options));
  if (dialectOf(options) === 'sqlite') {
    // WAL lets the relay and consumers read while a request writes; FKs are off by default in SQLite.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma foreign_keys = on');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  await orm.getMigrator().up();
  return orm;
}

/** SQL that would still be needed to match the entities after migrations: empty when none drifted. */
export async function schemaDrift(orm: MikroORM): Promise<string> {
  return (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();
}

export type { EntityManager, MikroORM };
