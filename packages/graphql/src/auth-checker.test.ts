import 'reflect-metadata';
import { graphql } from 'graphql';
import { Authorized, Query, Resolver, buildSchema } from 'type-graphql';
import type { Principal } from '@bg/auth';
import { authChecker } from './auth-checker';
import { formatError } from './errors';

@Resolver()
class PayResolver {
  @Authorized('branch-finance', 'branch-manager')
  @Query(() => String, { description: 'A payroll figure.' })
  payroll(): string {
    return 'paid';
  }
}

describe('authChecker', () => {
  it('names the field, the roles that would be allowed and the roles the caller has', async () => {
    const schema = await buildSchema({ resolvers: [PayResolver], authChecker, authMode: 'error' });
    const principal = { roles: ['client-manager'] } as unknown as Principal;
    const refused = await graphql({ schema, source: '{ payroll }', contextValue: { principal } });
    const formatted = formatError(() => undefined)(refused.errors![0].toJSON(), refused.errors![0]);
    expect(formatted.message).toBe('Query.payroll is for the roles branch-finance, branch-manager; you have client-manager');
    expect(formatted.extensions).toMatchObject({ code: 'FORBIDDEN', allowedRoles: ['branch-finance', 'branch-manager'], field: 'Query.payroll' });
    const allowed = await graphql({ schema, source: '{ payroll }', contextValue: { principal: { roles: ['branch-manager'] } } });
    expect(allowed.data).toEqual({ payroll: 'paid' });
    const anonymous = await graphql({ schema, source: '{ payroll }', contextValue: {} });
    expect(formatError(() => undefined)(anonymous.errors![0].toJSON(), anonymous.errors![0]).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
