import type { EntityManager, ForkOptions, MikroORM } from '@mikro-orm/core';

/**
 * A fresh EntityManager that ignores the async context it is called from. The relay's timers
 * and the in-process transport's deliveries may start inside another unit of work's transaction
 * (AsyncLocalStorage carries it along); a plain `fork()` would then join that transaction — or,
 * in one process with several services, another service's database.
 */
export function isolatedEm(orm: MikroORM, options: ForkOptions = {}): EntityManager {
  return orm.em.fork({ ...options, disableContextResolution: true });
}
