import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import type { Loaders } from './loaders';

/** What every resolver gets: the verified caller, a request-scoped EntityManager and the request's DataLoaders. */
export interface RequestContext {
  principal: Principal;
  em: EntityManager;
  loaders: Loaders;
}
