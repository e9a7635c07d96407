/**
 * The audit log of sensitive actions (issue 14), shared by the services that have them: payroll
 * sign-offs and rejections, level changes, pay report and asset ledger exports. One row per
 * attempt: who (username, employee id, roles), what (action and subject), the branch concerned,
 * the decision (allowed or refused, and why refused), when, and the request id the gateway gave
 * the request. An allowed action's row is written in the same transaction as the action (no row
 * without the action, no action without its row); a refusal's row is written on its own, since
 * the action's transaction is rolled back. Rows are only ever inserted: the graph has no mutation
 * that changes or deletes them. Archive reads keep their own log (personnel's `archive_audit`).
 */
import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Args, ArgsType, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { HEAD_OFFICE_ROLES, hasRole, type Principal, type Role } from '@bg/auth';
import { Connection, decodeCursor, ForbiddenError, PageInput, toPage, type RequestContext } from '@bg/graphql';

@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['branchId', 'at'] })
@Index({ properties: ['action', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  /** Who: the token's username, employee id and roles. */
  @Property({ type: 'string', length: 100 }) actor!: string;
  @Property({ type: 'string', length: 36, nullable: true }) actorEmployeeId: string | null = null;
  @Property({ type: 'string', length: 300 }) actorRoles!: string;
  /** What: the action (`payroll.sign`, `asset-ledger.export`, ...) and its subject, in words a reader can act on. */
  @Property({ type: 'string', length: 60 }) action!: string;
  @Property({ type: 'string', length: 300 }) subject!: string;
  /** The branch the subject belongs to (null when not known, e.g. a refused request for another branch's unknown thing). */
  @Property({ type: 'string', length: 36, nullable: true }) branchId: string | null = null;
  /** The employee concerned, when there is one (a level change). */
  @Property({ type: 'string', length: 36, nullable: true }) employeeId: string | null = null;
  @Property({ type: 'boolean' }) allowed!: boolean;
  /** Why it was refused (the FORBIDDEN message), null when allowed. */
  @Property({ type: 'string', length: 500, nullable: true }) refusal: string | null = null;
  @Property({ type: 'string', length: 100 }) requestId!: string;
  @Property({ type: 'datetime' }) at: Date = new Date();
}

/** What an audited action acts on. */
export interface AuditSubject {
  subject: string;
  branchId: string | null;
  employeeId?: string | null;
}

function row(ctx: Pick<RequestContext, 'principal' | 'requestId'>, action: string, target: AuditSubject, refusal: string | null): AuditEntry {
  const p: Principal = ctx.principal;
  return Object.assign(new AuditEntry(), {
    actor: p.username,
    actorEmployeeId: p.employeeId,
    actorRoles: p.roles.join(',') || '(none)',
    action,
    subject: target.subject.slice(0, 300),
    branchId: target.branchId,
    employeeId: target.employeeId ?? null,
    allowed: refusal === null,
    refusal: refusal?.slice(0, 500) ?? null,
    requestId: ctx.requestId,
    at: new Date(),
  });
}

/**
 * Runs an audited action: refused (FORBIDDEN, audited) without one of `roles` when given (use it
 * instead of `@Authorized(roles)`, whose refusals never reach the resolver); else `work` runs in a
 * transaction whose commit includes the allowed row. A FORBIDDEN thrown by `work`'s own checks
 * (scope, branch) is written as a refusal and rethrown; other errors (NOT_FOUND, CONFLICT,
 * BAD_USER_INPUT) are no access decision and leave no row, like the action itself.
 */
export async function audited<T>(
  ctx: Pick<RequestContext, 'em' | 'principal' | 'requestId'>,
  action: string,
  target: AuditSubject,
  work: (tx: EntityManager) => Promise<T>,
  options: { roles?: readonly Role[] } = {},
): Promise<T> {
  try {
    if (options.roles && !hasRole(ctx.principal, ...options.roles)) {
      throw new ForbiddenError(`Only ${options.roles.join(', ')} may do this (${action})`);
    }
    return await ctx.em.transactional(async (tx) => {
      const result = await work(tx);
      tx.persist(row(ctx, action, target, null));
      return result;
    });
  } catch (e) {
    if (e instanceof ForbiddenError) await ctx.em.fork().insert(AuditEntry, row(ctx, action, target, e.message));
    throw e;
  }
}

@ObjectType('AuditEntry', {
  description: 'One attempt at an audited action (payroll sign-off, level change, pay report or asset ledger export), allowed or refused',
})
@Directive('@shareable')
class AuditEntryType {
  @Field(() => ID, { description: 'Identifier' }) id!: string;
  @Field({ description: "Who: the caller's username" }) actor!: string;
  @Field(() => ID, { nullable: true, description: "Who: the caller's employee id" }) actorEmployeeId!: string | null;
  @Field({ description: "Who: the caller's roles, comma-separated" }) actorRoles!: string;
  @Field({ description: 'What was attempted, e.g. payroll.sign, payroll.reject, pay-report.export, level.change, level-proposal.confirm, asset-ledger.export' })
  action!: string;
  @Field({ description: 'What it was attempted on, in words' }) subject!: string;
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) the subject belongs to' }) branchId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The employee concerned, if any' }) employeeId!: string | null;
  @Field({ description: 'The decision: true allowed (and done), false refused' }) allowed!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was refused; null when allowed' }) refusal!: string | null;
  @Field({ description: "The request's id (the gateway's x-request-id header), to find it in the logs" }) requestId!: string;
  @Field({ description: 'When it was attempted' }) at!: Date;
}

@ObjectType('AuditEntryConnection', { description: 'A page of audit entries, newest first' })
@Directive('@shareable')
class AuditEntryConnection extends Connection(AuditEntryType) {}

@ArgsType()
class AuditEntriesArgs {
  @Field(() => ID, { nullable: true, description: "The branch (营业部); a branch manager's own is the default and the only one they may name" })
  branchId?: string;
  @Field(() => String, { nullable: true, description: 'Only this action, e.g. payroll.sign' }) action?: string;
  @Field(() => PageInput, { nullable: true, description: 'Page (first 1-200, after the previous endCursor)' }) page?: PageInput;
}

/** Who reads the audit log (DOMAIN.md is silent): a branch manager their branch's entries, head office all. */
export const AUDIT_READERS: readonly Role[] = ['branch-manager', ...HEAD_OFFICE_ROLES];

/** The branch filter of a reader's audit query; FORBIDDEN when a branch manager names another branch. */
export function auditReadScope(p: Principal, branchId: string | undefined): FilterQuery<AuditEntry> {
  if (hasRole(p, ...HEAD_OFFICE_ROLES)) return branchId ? { branchId } : {};
  if (branchId && branchId !== p.branchId)
    throw new ForbiddenError(`A branch manager reads the audit log of branch ${p.branchId ?? '(none)'} only, not of ${branchId}`);
  return { branchId: p.branchId ?? '' };
}

/**
 * The auditor-facing query of a service's audit log, named per service (root fields are unique
 * across the supergraph): `queryName` e.g. `personnelAuditLog`. Read-only; there is no mutation.
 */
export function auditLogResolver(queryName: string, covers: string): ClassType {
  @Resolver()
  class AuditLogResolver {
    @Authorized(...AUDIT_READERS)
    @Query(() => AuditEntryConnection, {
      name: queryName,
      description: `The audit log of ${covers}, newest first: branch managers their branch's entries, head office (brokerage office, channel management, executive) all`,
    })
    async auditLog(@Args() { branchId, action, page }: AuditEntriesArgs, @Ctx() { em, principal }: RequestContext) {
      const offset = decodeCursor(page?.after);
      const where: FilterQuery<AuditEntry> = { $and: [auditReadScope(principal, branchId), action ? { action } : {}] };
      const [nodes, total] = await em.findAndCount(AuditEntry, where, { orderBy: { at: 'desc', id: 'asc' }, limit: page?.first ?? 50, offset });
      return toPage(nodes, total, offset);
    }
  }
  return AuditLogResolver;
}
