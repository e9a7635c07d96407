import { AuthenticationError, type AuthChecker } from 'type-graphql';
import { hasRole, type Role } from '@bg/auth';
import type { RequestContext } from './context';

/**
 * `@Authorized(...roles)`: the caller must be signed in and hold one of the roles (any role when
 * none is named). Scope checks (own branch, team, self) are the resolvers' policy modules' job.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (!context.principal) throw new AuthenticationError();
  return roles.length === 0 || hasRole(context.principal, ...(roles as Role[]));
};
