import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { Session } from './auth';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Registered operations by hash: every operation of src/ops is in the gateway's persisted-operation
 * manifest (`npm run operations` reads them from src/ops, as Apollo Client sends them: `__typename`
 * added, printed by graphql-js), so the console sends `extensions.persistedQuery.sha256Hash` without
 * the text and the gateway runs the registered text (PERSISTED_OPERATIONS=required allows nothing
 * else). An unknown hash is retried with the text (accepted only when the gateway is not strict).
 * Web Crypto needs a secure context (https, or http on 127.0.0.1/localhost); elsewhere the console
 * sends the text.
 */
function persisted(): ApolloLink | null {
  if (typeof crypto === 'undefined' || !crypto.subtle) return null;
  return new PersistedQueryLink({
    sha256: sha256Hex,
    // keep sending hashes after an ordinary refusal (a 400 for bad input); only a gateway without persisted operations turns them off
    disable: ({ meta }) => meta.persistedQueryNotSupported,
  });
}

/** One client per session: every request carries the session's bearer token to /graphql. */
export function createClient(session: Session): ApolloClient {
  const auth = new SetContextLink(async (prev) => ({ headers: { ...prev.headers, authorization: `Bearer ${await session.getToken()}` } }));
  const pq = persisted();
  return new ApolloClient({
    link: ApolloLink.from([auth, ...(pq ? [pq] : []), new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
