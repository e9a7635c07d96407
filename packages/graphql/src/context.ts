import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';

/** What every resolver gets: the verified caller and a request-scoped EntityManager. */
export interface RequestContext {
  principal: Principal;
  em: EntityManager;
}
