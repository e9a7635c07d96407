import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length, MaxLength } from 'class-validator';
import { hasRole, peopleScope, type Principal } from '@bg/auth';
import {
  BadInputError,
  Connection,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  decodeCursor,
  toPage,
  type FieldProblem,
  type RequestContext,
} from '@bg/graphql';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Employee } from '../employees/employee.entity';
import { EmploymentContract } from '../contracts/contract.entity';
import { ArchiveDocument, ArchiveEntryStatus, DocumentKind } from './archive-document.entity';
import { ArchiveAudit, auditFileServed, auditedArchiveAccess, guardArchiveRead } from './archive-audit.entity';
import { canMaintainArchive, maskIdNumber } from './archive.policy';
import { CERTIFICATE_KINDS, CONTRACT_KINDS, DECISION_KINDS, FED_KINDS, missingDocuments } from './archive.rules';
import { DOWNLOAD_VALID_FOR_SECONDS, FileStore, fileStore, type DownloadGrant } from './files';

@ObjectType({ description: "An employee's archive (档案): documents, contracts, checks, rewards and punishments, what is missing" })
class Archive {
  @Field(() => ID, { description: 'The employee' }) employeeId!: string;
  @Field(() => [ArchiveDocument], { description: "The current entries (a superseded version is under its successor's earlierVersions)" })
  documents!: ArchiveDocument[];
  @Field(() => [EmploymentContract], { description: 'The signed labour contracts or cooperation agreements (R-6.2), oldest first' })
  contracts!: EmploymentContract[];
  @Field(() => [DocumentKind], {
    description: 'Required documents (R-6.3) not yet in the archive, or found not genuine; the contract item is filled by a signed contract',
  })
  missingDocuments!: DocumentKind[];
}

@ObjectType({ description: 'Where to download a stored file (a short-lived URL)' })
class DownloadUrl {
  @Field({ description: `GET the file from this URL within ${DOWNLOAD_VALID_FOR_SECONDS / 60} minutes` }) url!: string;
  @Field({ description: 'When the URL stops working' }) expiresAt!: Date;
}

/** Earlier versions of the entries of one archive read, loaded with them (no query per entry). */
const earlierOf = new WeakMap<ArchiveDocument, ArchiveDocument[]>();

@ObjectType({ description: 'Where to upload a file (a short-lived URL) and the reference to record it under' })
class UploadUrl {
  @Field({ description: 'PUT the file to this URL within 15 minutes' }) url!: string;
  @Field({ description: 'Give this to addArchiveDocument once uploaded' }) fileRef!: string;
  @Field({ description: 'When the URL stops working' }) expiresAt!: Date;
}

@ObjectType({ description: 'One archive read, allowed or denied' })
class ArchiveAuditEntry {
  @Field(() => ID, { description: 'Identifier' }) id!: string;
  @Field({ description: 'Who read or tried to read (username)' }) reader!: string;
  @Field(() => String, { description: "The reader's employee id; null for a user who is no employee", nullable: true }) readerEmployeeId!: string | null;
  @Field({ description: "The reader's roles, comma-separated" }) readerRoles!: string;
  @Field(() => ID, { description: 'The employee' }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部)' }) branchId!: string;
  @Field({ description: 'What was read, in words (e.g. archive, contracts, id number, a file served)' }) what!: string;
  @Field({ description: 'The decision: true allowed, false denied' }) allowed!: boolean;
  @Field({ description: 'Why, under the archive lookup rule (R-6.8), e.g. own archive, own branch, own team, head office: all branches' }) basis!: string;
  @Field({ description: 'When it was recorded' }) at!: Date;
  @Field(() => String, { nullable: true, description: "The request's id (the gateway's x-request-id header); null for a file served by its signed URL" })
  requestId!: string | null;
}

@ObjectType()
class ArchiveAuditConnection extends Connection(ArchiveAuditEntry) {}

@ArgsType()
class AuditLogArgs {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) branchId?: string;
  @Field(() => ID, { nullable: true, description: 'The employee it concerns' }) employeeId?: string;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@InputType({ description: "A document to add to an employee's archive (R-6.1, R-6.3)" })
class AddArchiveDocumentInput {
  @Field(() => ID, { description: 'The employee' }) employeeId!: string;
  @Field(() => DocumentKind, { description: 'Which kind of material (R-6.3); REWARD and PUNISHMENT go through recordRewardOrPunishment' }) kind!: DocumentKind;
  @Field({ description: 'Title' }) @Length(1, 200) title!: string;
  @Field(() => String, { nullable: true, description: 'Reference of the stored electronic file' }) fileRef?: string | null;
  @Field(() => String, { description: 'Where the paper original is kept (cabinet, box), if there is one', nullable: true }) @MaxLength(200) originalLocation?:
    string | null;
}

@InputType({ description: "A reward or punishment to record in an employee's archive" })
class RecordDecisionInput {
  @Field(() => ID, { description: 'The employee' }) employeeId!: string;
  @Field(() => DocumentKind, { description: 'REWARD or PUNISHMENT' }) kind!: DocumentKind;
  @Field(() => LocalDateScalar, { description: 'The day it was decided' }) decidedOn!: string;
  @Field({ description: 'The reason given' }) @Length(1, 2000) reason!: string;
  @Field({ description: 'Who decided it' }) @Length(1, 100) decidedBy!: string;
  @Field(() => String, { nullable: true, description: 'Reference of the stored electronic file' }) fileRef?: string | null;
}

async function maintainable(em: EntityManager, principal: Principal, employeeId: string): Promise<Employee> {
  const employee = await em.findOne(Employee, employeeId);
  if (!employee) throw new NotFoundError('Employee', employeeId);
  if (!canMaintainArchive(principal, employee)) throw new ForbiddenError("Archive clerks keep their own branch's archives only");
  return employee;
}

function fileProblems(fileRef: string | null | undefined): FieldProblem[] {
  return fileRef && !fileStore().has(fileRef) ? [{ field: 'fileRef', problem: `no uploaded file ${fileRef}; upload it with requestUploadUrl first` }] : [];
}

@Resolver()
export class ArchiveResolver {
  @Authorized()
  @Query(() => Archive, { description: 'The archive of an employee, under the archive lookup rule; every read is audited' })
  async archive(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Ctx() { em, principal, requestId }: RequestContext,
  ): Promise<Archive> {
    const employee = await em.findOne(Employee, employeeId);
    if (!employee) {
      // Only someone who could read any archive learns that an id does not exist; anyone else gets the
      // refusal an existing person outside their scope gets (and the attempt is audited the same way).
      if (peopleScope(principal).kind === 'all') throw new NotFoundError('Employee', employeeId);
      await guardArchiveRead(em, principal, { id: employeeId, branchId: '', teamId: null, groupId: null }, 'archive', requestId);
      throw new NotFoundError('Employee', employeeId);
    }
    await guardArchiveRead(em, principal, employee, 'archive', requestId);
    const [all, contracts] = await Promise.all([
      em.find(ArchiveDocument, { employeeId }, { orderBy: { kind: 'asc', addedAt: 'asc', id: 'asc' } }),
      em.find(EmploymentContract, { employeeId }, { orderBy: { startsOn: 'asc' } }),
    ]);
    const documents = all.filter((d) => d.status === ArchiveEntryStatus.CURRENT);
    for (const d of documents) {
      if (d.recordKey) earlierOf.set(d, all.filter((x) => x.recordKey === d.recordKey && x.status === ArchiveEntryStatus.SUPERSEDED).reverse());
    }
    return { employeeId, documents, contracts, missingDocuments: missingDocuments(employee.employmentType, documents, contracts) };
  }

  @Authorized('branch-manager', 'brokerage-office', 'channel-management', 'executive')
  @Query(() => ArchiveAuditConnection, { description: 'Who read which archive: branch managers their branch, head office all' })
  async archiveAuditLog(@Args() { branchId, employeeId, page }: AuditLogArgs, @Ctx() { em, principal }: RequestContext) {
    const headOffice = hasRole(principal, 'brokerage-office', 'channel-management', 'executive');
    if (!headOffice && branchId && branchId !== principal.branchId) throw new ForbiddenError("A branch manager sees their own branch's audit log only");
    const scope: FilterQuery<ArchiveAudit> = headOffice ? (branchId ? { branchId } : {}) : { branchId: principal.branchId ?? '' };
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(
      ArchiveAudit,
      { ...scope, ...(employeeId ? { employeeId } : {}) },
      {
        orderBy: { at: 'desc', id: 'asc' },
        limit: page?.first ?? 50,
        offset,
      },
    );
    return toPage(nodes, total, offset);
  }

  @Authorized('archive-clerk')
  @Mutation(() => UploadUrl, { description: "A signed URL to upload a file for an employee's archive. For the roles archive-clerk" })
  async requestUploadUrl(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<UploadUrl> {
    await maintainable(em, principal, employeeId);
    return fileStore().uploadUrl();
  }

  @Authorized()
  @Mutation(() => DownloadUrl, {
    description:
      'A signed, short-lived URL to read back the stored file of an archive document, for whoever the archive lookup rule admits; audited when issued and when served',
  })
  async requestDownloadUrl(
    @Arg('documentId', () => ID, { description: 'The archive document' }) documentId: string,
    @Ctx() { em, principal, requestId }: RequestContext,
  ): Promise<DownloadUrl> {
    const doc = await em.findOne(ArchiveDocument, documentId);
    if (!doc) throw new NotFoundError('Archive document', documentId);
    const employee = await em.findOneOrFail(Employee, doc.employeeId);
    await guardArchiveRead(em, principal, employee, `file ${doc.id}`, requestId);
    if (!doc.fileRef) {
      throw new BadInputError('This document has no electronic copy', [
        { field: 'documentId', problem: doc.originalStoredAt ? `only the paper original, kept at ${doc.originalStoredAt}` : 'no file was filed with it' },
      ]);
    }
    if (!fileStore().has(doc.fileRef)) throw new NotFoundError('Stored file of archive document', documentId);
    return fileStore().downloadUrl({ fileRef: doc.fileRef, documentId: doc.id, reader: principal.username });
  }

  @Authorized('archive-clerk')
  @Mutation(() => ArchiveDocument, { description: 'File a document in an archive (R-6.3). For the roles archive-clerk' })
  async addArchiveDocument(@Arg('input', { description: 'What to record' }) input: AddArchiveDocumentInput, @Ctx() { em, principal }: RequestContext) {
    await maintainable(em, principal, input.employeeId);
    const problems: FieldProblem[] = [...fileProblems(input.fileRef)];
    if (DECISION_KINDS.includes(input.kind)) problems.push({ field: 'kind', problem: `${input.kind} is recorded with recordRewardOrPunishment` });
    if (FED_KINDS.includes(input.kind)) problems.push({ field: 'kind', problem: `${input.kind} entries come from the assessment and training records` });
    if (CONTRACT_KINDS.includes(input.kind))
      problems.push({ field: 'kind', problem: `a ${input.kind} is filed with signContract, which keeps its term so its expiry shows in advance` });
    if (problems.length) throw new BadInputError('The document cannot be filed', problems);
    const doc = em.create(ArchiveDocument, {
      ...input,
      fileRef: input.fileRef ?? null,
      originalStoredAt: input.originalLocation ?? null,
      addedBy: principal.username,
    } as ArchiveDocument);
    await em.flush();
    return doc;
  }

  @Authorized('archive-clerk')
  @Mutation(() => ArchiveDocument, { description: 'Record the genuineness check of a certificate (R-6.3). For the roles archive-clerk' })
  async recordCertificateCheck(
    @Arg('documentId', () => ID, { description: 'The archive document' }) documentId: string,
    @Arg('genuine', { description: 'Whether the certificate proved genuine' }) genuine: boolean,
    @Arg('note', () => String, { nullable: true, description: 'A free-text note' }) note: string | null,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const doc = await em.findOne(ArchiveDocument, documentId);
    if (!doc) throw new NotFoundError('Archive document', documentId);
    await maintainable(em, principal, doc.employeeId);
    if (!CERTIFICATE_KINDS.includes(doc.kind))
      throw new BadInputError(`${doc.kind} is not a certificate`, [{ field: 'documentId', problem: 'only ID, diploma and guarantor ID copies are checked' }]);
    Object.assign(doc, { genuine, verificationNote: note, verifiedBy: principal.username, verifiedAt: new Date() });
    await em.flush();
    return doc;
  }

  @Authorized('archive-clerk')
  @Mutation(() => ArchiveDocument, { description: 'Record a reward or a punishment: date, reason, decided by. For the roles archive-clerk' })
  async recordRewardOrPunishment(@Arg('input', { description: 'What to record' }) input: RecordDecisionInput, @Ctx() { em, principal }: RequestContext) {
    await maintainable(em, principal, input.employeeId);
    const problems = fileProblems(input.fileRef);
    if (!DECISION_KINDS.includes(input.kind)) problems.push({ field: 'kind', problem: 'kind is REWARD or PUNISHMENT' });
    if (problems.length) throw new BadInputError('The decision cannot be recorded', problems);
    const doc = em.create(ArchiveDocument, {
      employeeId: input.employeeId,
      kind: input.kind,
      title: input.kind === DocumentKind.REWARD ? '奖励' : '处罚',
      decidedOn: input.decidedOn,
      reason: input.reason,
      decidedBy: input.decidedBy,
      fileRef: input.fileRef ?? null,
      addedBy: principal.username,
    } as ArchiveDocument);
    await em.flush();
    return doc;
  }
}

@Resolver(() => ArchiveDocument)
export class ArchiveDocumentResolver {
  @FieldResolver(() => [ArchiveDocument], { description: 'The versions this entry replaced, newest first (e.g. the earlier runs of an assessment)' })
  async earlierVersions(@Root() d: ArchiveDocument, @Ctx() { em }: RequestContext): Promise<ArchiveDocument[]> {
    if (!d.recordKey || d.status !== ArchiveEntryStatus.CURRENT) return [];
    return (
      earlierOf.get(d) ??
      em.find(
        ArchiveDocument,
        { employeeId: d.employeeId, recordKey: d.recordKey, status: ArchiveEntryStatus.SUPERSEDED },
        { orderBy: { addedAt: 'desc', id: 'asc' } },
      )
    );
  }
}

/**
 * Before a download through a signed URL is served: the document must still hold that file
 * (the URL is bound to both), and the serving is written to the audit log.
 */
export async function serveArchiveFile(em: EntityManager, grant: DownloadGrant): Promise<boolean> {
  const doc = await em.findOne(ArchiveDocument, grant.documentId);
  if (!doc?.fileRef || FileStore.fileIdOf(doc.fileRef) !== grant.fileId) return false;
  const person = await em.findOne(Employee, doc.employeeId);
  if (!person) return false;
  await auditFileServed(em, { reader: grant.reader, documentId: doc.id, person });
  return true;
}

/** `Employee.idNumber`: whole under the archive rule (audited), else only its last 4 characters. */
@Resolver(() => Employee)
export class EmployeeIdNumberResolver {
  @FieldResolver(() => String, { nullable: true, description: '身份证号: whole for those the archive rule admits, else masked to the last 4 characters' })
  async idNumber(@Root() e: Employee, @Ctx() { em, principal, requestId }: RequestContext): Promise<string | null> {
    if (!e.idNumber) return null;
    return (await auditedArchiveAccess(em, principal, e, 'idNumber', requestId)) ? e.idNumber : maskIdNumber(e.idNumber);
  }
}
