import DataLoader from 'dataloader';
import type { EntityClass, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { findDetached } from '@bg/db';

/** Loads the values of many keys at once: one value (or Error) per key, in the keys' order. */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>;

/**
 * The request's DataLoaders, one per name, created on first use. A resolver that would query once
 * per parent asks `loaders.get(name, batch).load(key)` instead: the keys asked for in one tick of
 * the event loop (every parent of a level of the query plan) are loaded by one call of `batch`,
 * and each key at most once per request. Arguments that change the query (a month, a page) go in
 * the name, e.g. `attendance:2026-10`. Loaders live as long as the request's context, so nothing
 * is cached across requests or callers.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown, unknown>>();

  get<K, V>(name: string, batch: BatchLoad<K, V>, options?: DataLoader.Options<K, V, unknown>): DataLoader<K, V, unknown> {
    let loader = this.loaders.get(name) as DataLoader<K, V, unknown> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, unknown>(batch, { maxBatchSize: 1000, ...options });
      this.loaders.set(name, loader as DataLoader<unknown, unknown, unknown>);
    }
    return loader;
  }
}

/** The row of each key (or `missing(key)` without one): for a batch function over a unique key. */
export function oneByKey<K, R, V = R | null>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  missing: (key: K) => V | Error = () => null as V,
): Array<R | V | Error> {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((k) => (byKey.has(k) ? byKey.get(k)! : missing(k)));
}

/** The rows of each key, in the rows' order (empty for a key without rows): for one-to-many. */
export function manyByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const byKey = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((k) => byKey.get(k)!);
}

type Ctx = { em: EntityManager; loaders: Loaders };

/**
 * An entity by primary key `id` through the request's loader of that entity: the parents of one
 * level (e.g. every employee's team) in one `where id in (...)`; null when there is none.
 */
export function entityById<T extends { id: string }>(ctx: Ctx, entity: EntityClass<T>, id: string): Promise<T | null> {
  const { em } = ctx;
  return ctx.loaders
    .get<string, T | null>(`${entity.name}#id`, async (ids) =>
      oneByKey(ids, await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>), (r) => r.id),
    )
    .load(id);
}

/** `entityById`, NOT_FOUND-free: the reference must exist (as `findOneOrFail`). */
export async function entityByIdOrFail<T extends { id: string }>(ctx: Ctx, entity: EntityClass<T>, id: string): Promise<T> {
  const row = await entityById(ctx, entity, id);
  if (!row) throw new Error(`${entity.name} ${id} not found`);
  return row;
}

/**
 * The children of a parent through the request's loader: `where <foreignKey> in (...)` plus
 * `where` for every parent of a level at once, in `orderBy` order (one-to-many field resolvers).
 * `variant` names what in `where` differs between calls (an argument, the caller's scope).
 * The children are read-only (`findDetached`: not managed by the EntityManager).
 */
export function childrenOf<T extends object, K extends keyof T & string>(
  ctx: Ctx,
  entity: EntityClass<T>,
  foreignKey: K,
  parentId: T[K],
  options: { where?: FilterQuery<T>; orderBy?: QueryOrderMap<T>; variant?: string } = {},
): Promise<T[]> {
  const { em } = ctx;
  const name = `${entity.name}#${foreignKey}#${JSON.stringify(options.orderBy ?? {})}#${options.variant ?? JSON.stringify(options.where ?? {})}`;
  return ctx.loaders
    .get<T[K], T[]>(name, async (keys) => {
      const where = { [foreignKey]: { $in: [...keys] } } as unknown as FilterQuery<T>;
      const rows = await findDetached(em, entity, options.where ? ({ $and: [where, options.where] } as FilterQuery<T>) : where, { orderBy: options.orderBy });
      return manyByKey(keys, rows, (r) => r[foreignKey]);
    })
    .load(parentId);
}
