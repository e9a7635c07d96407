import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import type { Placement, Principal } from '@bg/auth';
import { ForbiddenError } from '@bg/graphql';
import { archiveAccess } from './archive.policy';

/** One archive read, allowed or denied: who, in which roles, what, the decision, when. */
@Entity({ tableName: 'archive_audit' })
@Index({ properties: ['branchId', 'at'] })
@Index({ properties: ['employeeId', 'at'] })
export class ArchiveAudit {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  /** The reader: username and employee id from the token. */
  @Property({ type: 'string', length: 100 }) reader!: string;
  @Property({ type: 'string', length: 36, nullable: true }) readerEmployeeId: string | null = null;
  @Property({ type: 'string', length: 300 }) readerRoles!: string;
  /** Whose archive, and in which branch (for the branch manager's view of the log). */
  @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  /** What was read, e.g. `archive`, `contracts`, `idNumber`. */
  @Property({ type: 'string', length: 100 }) what!: string;
  @Property({ type: 'boolean' }) allowed!: boolean;
  @Property({ type: 'string', length: 200 }) basis!: string;
  @Property({ type: 'datetime' }) at: Date = new Date();
  /** The request's id (the gateway's x-request-id); null on rows older than it and on files served by signed URL. */
  @Property({ type: 'string', length: 100, nullable: true }) requestId: string | null = null;
}

/**
 * Applies the archive lookup rule to one read and writes its audit row, allowed or denied.
 * The row is committed on its own (not with the caller's unit of work), so a denied read that
 * ends in an error is still on record. Throws FORBIDDEN when the rule denies.
 */
export async function guardArchiveRead(em: EntityManager, principal: Principal, person: Placement, what: string, requestId: string | null): Promise<void> {
  const decision = archiveAccess(principal, person);
  await em.fork().insert(ArchiveAudit, {
    id: randomUUID(),
    reader: principal.username,
    readerEmployeeId: principal.employeeId,
    readerRoles: principal.roles.join(','),
    employeeId: person.id,
    branchId: person.branchId,
    what,
    allowed: decision.allowed,
    basis: decision.basis,
    at: new Date(),
    requestId,
  });
  if (!decision.allowed) throw new ForbiddenError(`The archive lookup rule does not let you read the ${what} of employee ${person.id}`);
}

/** Whether the caller may read the archive; records the read in the audit log either way (no error). */
export async function auditedArchiveAccess(
  em: EntityManager,
  principal: Principal,
  person: Placement,
  what: string,
  requestId: string | null,
): Promise<boolean> {
  try {
    await guardArchiveRead(em, principal, person, what, requestId);
    return true;
  } catch (e) {
    if (e instanceof ForbiddenError) return false;
    throw e;
  }
}

/**
 * A download served through a signed URL: written when the file is sent, beside the row written
 * when the URL was issued under the archive rule (the signature stands for that decision).
 */
export async function auditFileServed(em: EntityManager, served: { reader: string; documentId: string; person: Placement }): Promise<void> {
  await em.fork().insert(ArchiveAudit, {
    id: randomUUID(),
    reader: served.reader,
    readerEmployeeId: null,
    readerRoles: '(signed download URL)',
    employeeId: served.person.id,
    branchId: served.person.branchId,
    what: `file ${served.documentId} served`,
    allowed: true,
    basis: 'a download URL issued under the archive lookup rule',
    at: new Date(),
    requestId: null,
  });
}
