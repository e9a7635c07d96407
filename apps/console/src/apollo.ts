import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { Session } from './auth';

/** One client per session: every request carries the session's bearer token to /graphql. */
export function createClient(session: Session): ApolloClient {
  const auth = new SetContextLink(async (prev) => ({ headers: { ...prev.headers, authorization: `Bearer ${await session.getToken()}` } }));
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
