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
  /** The owning service: names the ORM's async context, so services sharing a process never mix. */
  name?: string;
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
    ...(options.name ? { contextName: options.name } : {}),
    migrations: {
      migrationsList: options.migrations[dialect],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
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

/**
 * What differs between the schema the migrations build and the one the entities describe: empty
 * when they agree. On PostgreSQL MikroORM's schema diff answers; on SQLite that diff reports
 * phantom changes (check constraints, defaults), so the DDL of a database built by migrations is
 * compared with one created straight from the entities (the same generator wrote both).
 */
export async function schemaDrift(options: DatabaseOptions): Promise<string> {
  const migrated = await openDatabase(options);
  try {
    if (dialectOf(options) === 'postgresql') {
      return (await migrated.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();
    }
    const fresh = await MikroORM.init(ormOptions({ ...options, sqlitePath: ':memory:' }));
    try {
      await fresh.getSchemaGenerator().createSchema();
      const ddl = async (orm: MikroORM) =>
        (
          (await orm.em
            .getConnection()
            .execute(
              "select sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name <> 'mikro_orm_migrations' order by name",
            )) as Array<{ sql: string }>
        ).map((r) => r.sql);
      const [want, have] = [await ddl(fresh), await ddl(migrated)];
      return [...want.filter((s) => !have.includes(s)).map((s) => `missing: ${s}`), ...have.filter((s) => !want.includes(s)).map((s) => `extra: ${s}`)].join(
        '\n',
      );
    } finally {
      await fresh.close();
    }
  } finally {
    await migrated.close();
  }
}

export type { EntityManager, MikroORM };
export * from './bulk';
export * from './sql';
export * from './testing';
