import { AuthenticationError, type AuthChecker } from 'type-graphql';
import { hasRole, type Role } from '@bg/auth';
import type { RequestContext } from './context';
import { ForbiddenError } from './errors';

/**
 * `@Authorized(...roles)`: the caller must be signed in and hold one of the roles (any role when
 * none is named). A refusal names the field and the roles that would be allowed (also in
 * `extensions.allowedRoles`), beside the caller's own. Scope checks (own branch, team, self) are
 * the resolvers' policy modules' job.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context, info }, roles) => {
  if (!context.principal) throw new AuthenticationError();
  if (roles.length === 0 || hasRole(context.principal, ...(roles as Role[]))) return true;
  throw new RoleRefusedError(`${info.parentType.name}.${info.fieldName}`, roles, context.principal.roles);
};

/** FORBIDDEN for want of a role: names what would be allowed. */
export class RoleRefusedError extends ForbiddenError {
  constructor(field: string, allowed: readonly string[], held: readonly string[]) {
    super(`${field} is for the roles ${allowed.join(', ')}; you have ${held.length ? held.join(', ') : 'no role'}`);
    Object.assign(this.extensions, { allowedRoles: [...allowed], field });
  }
}
