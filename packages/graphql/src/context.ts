import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import type { Loaders } from './loaders';

/** What every resolver gets: the verified caller, a request-scoped EntityManager and the request's DataLoaders. */
export interface RequestContext {
  principal: Principal;
  em: EntityManager;
  loaders: Loaders;
  /**
   * The request's id: the gateway's `x-request-id` (it makes one per client request, or keeps the
   * client's when well-formed, and sends it to every subgraph it asks), else one made here. Audit rows carry it.
   */
  requestId: string;
}

/** The header that carries a request's id from the client to the gateway and from the gateway to the subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request id a header gives, when well-formed (letters, digits, `._:-`, at most 100), else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}
