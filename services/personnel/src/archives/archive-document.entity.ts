import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { HiringDocumentKind } from '@bg/events';
import { LocalDateScalar } from '@bg/graphql';

/**
 * What an archive holds (R-6.3), plus the entries other services feed in. The documents a hire
 * brings are the event contracts' hiring document kinds (recruitment verifies the same list).
 */
export const DocumentKind = {
  ...HiringDocumentKind, // PHOTO 一寸照片, RESUME 简历, ID_CARD_COPY 身份证复印件, DIPLOMA_COPY 学历证书复印件, GUARANTEE_LETTER 担保书, GUARANTOR_ID_COPY 担保人身份证复印件
  LABOUR_CONTRACT: 'LABOUR_CONTRACT', // 劳动合同 (a signed contract: the contracts module)
  COOPERATION_AGREEMENT: 'COOPERATION_AGREEMENT', // 营销合作协议 (a signed contract: the contracts module)
  ASSESSMENT: 'ASSESSMENT', // 考核
  TRAINING_RESULT: 'TRAINING_RESULT', // 培训档案
  REWARD: 'REWARD', // 奖励
  PUNISHMENT: 'PUNISHMENT', // 处罚
  OTHER: 'OTHER',
  CUSTOMER_DETAILS: 'CUSTOMER_DETAILS', // 营销客户明细 (R-6.4, monthly, from attendance's register)
  MONTHLY_RESULTS: 'MONTHLY_RESULTS', // 营销业绩 (R-6.4, monthly, from performance once finance reviewed the CRM figures)
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Kinds of archive material (R-6.3)',
  valuesConfig: {
    PHOTO: { description: '一寸照片: 1-inch photo' },
    RESUME: { description: '简历: resume' },
    ID_CARD_COPY: { description: '身份证复印件: ID card copy' },
    DIPLOMA_COPY: { description: '学历证书复印件: diploma copy' },
    GUARANTEE_LETTER: { description: '担保书: guarantee letter' },
    GUARANTOR_ID_COPY: { description: "担保人身份证复印件: the guarantor's ID card copy" },
    LABOUR_CONTRACT: { description: '劳动合同: the signed labour contract (full-time)' },
    COOPERATION_AGREEMENT: { description: '营销合作协议: the signed marketing cooperation agreement (part-time)' },
    ASSESSMENT: { description: '考核: an assessment of the contract period' },
    TRAINING_RESULT: { description: '培训档案: a training result' },
    REWARD: { description: '奖励: a reward' },
    PUNISHMENT: { description: '处罚: a punishment' },
    OTHER: { description: 'Any other material' },
    CUSTOMER_DETAILS: { description: "营销客户明细: a manager's customer details of a month (R-6.4, from attendance's register at the close)" },
    MONTHLY_RESULTS: { description: "营销业绩: a manager's results of a month (R-6.4, once finance reviewed the CRM figures)" },
  },
});

export enum DocumentSource {
  MANUAL = 'MANUAL',
  RECRUITMENT = 'RECRUITMENT', // carried over from the candidate's verified documents (CandidateHired)
  PERFORMANCE = 'PERFORMANCE', // AssessmentCompleted
  TRAINING = 'TRAINING', // TrainingResultRecorded
  ATTENDANCE = 'ATTENDANCE', // CustomerDetailsClosed (the customer register)
}
registerEnumType(DocumentSource, {
  name: 'DocumentSource',
  description: 'Where an archive entry came from: entered by hand or fed by another service',
  valuesConfig: {
    MANUAL: { description: 'Entered by hand (archive clerk)' },
    RECRUITMENT: { description: "carried over from the candidate's verified documents (CandidateHired)" },
    PERFORMANCE: { description: 'AssessmentCompleted' },
    TRAINING: { description: 'TrainingResultRecorded' },
    ATTENDANCE: { description: "a month's customer details (CustomerDetailsClosed, R-6.4)" },
  },
});

/** An entry is CURRENT until a later version of the same record replaces it (e.g. a re-run assessment). */
export enum ArchiveEntryStatus {
  CURRENT = 'CURRENT',
  SUPERSEDED = 'SUPERSEDED', // replaced by a later version; kept as history
}
registerEnumType(ArchiveEntryStatus, {
  name: 'ArchiveEntryStatus',
  description: 'CURRENT, or SUPERSEDED by a later version of the same record (kept as history)',
  valuesConfig: {
    CURRENT: { description: 'The record in force' },
    SUPERSEDED: { description: 'Replaced by a later version of the same record (kept as history)' },
  },
});

/** One piece of archive material about an employee: an electronic record, its paper original referenced. */
@ObjectType({ description: 'A document or entry of an employee archive (档案)' })
@Entity({ tableName: 'archive_document' })
@Index({ properties: ['employeeId', 'kind'] })
@Index({ properties: ['employeeId', 'recordKey'] })
export class ArchiveDocument {
  @Field(() => ID, { description: "The archive document's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The employee' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => DocumentKind, { description: 'Which kind of archive document it is' }) @Enum({ items: () => DocumentKind, type: 'string' }) kind!: DocumentKind;
  @Field({ description: 'Title' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => String, { nullable: true, description: 'The stored electronic copy (see requestUploadUrl)' })
  @Property({ type: 'string', length: 200, nullable: true })
  fileRef: string | null = null;
  @Field(() => String, { name: 'originalLocation', nullable: true, description: 'Where the paper original is kept (a cabinet, a box)' })
  @Property({ type: 'string', length: 200, nullable: true })
  originalStoredAt: string | null = null;
  @Field(() => DocumentSource, { description: 'Where the entry came from: entered by hand or fed by another service' })
  @Enum({ items: () => DocumentSource, type: 'string' })
  source: DocumentSource = DocumentSource.MANUAL;
  @Field({ description: 'Who added it (username; `system:<service>` for entries fed by events)' }) @Property({ type: 'string', length: 100 }) addedBy!: string;
  @Field({ description: 'When it was added to the archive' }) @Property({ type: 'datetime' }) addedAt: Date = new Date();

  // Certificate check (R-6.3: a designated person checks that every certificate is genuine).
  @Field(() => String, { nullable: true, description: 'Who verified it (username)' }) @Property({ type: 'string', length: 100, nullable: true }) verifiedBy:
    string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was verified' }) @Property({ type: 'datetime', nullable: true }) verifiedAt: Date | null = null;
  @Field(() => Boolean, { nullable: true, description: 'null: not checked yet' }) @Property({ type: 'boolean', nullable: true }) genuine: boolean | null = null;
  @Field(() => String, { description: 'The note written with the genuineness check (R-6.3); null until checked', nullable: true })
  @Property({ type: 'text', nullable: true })
  verificationNote: string | null = null;

  // Rewards and punishments; assessment and training entries (date, reason or result, decided by).
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was decided' }) @Property({ type: 'string', length: 10, nullable: true }) decidedOn:
    string | null = null;
  @Field(() => String, { nullable: true, description: 'The reason given' }) @Property({ type: 'text', nullable: true }) reason: string | null = null;
  @Field(() => String, { nullable: true, description: 'Who decided it (username); null until then' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;
  /** The consumed event this entry came from: a redelivery finds it and adds nothing. */
  @Property({ type: 'string', length: 36, nullable: true, unique: true }) sourceEventId: string | null = null;
  // Added later (columns at the end of the table): the check's method, and versions of a record.
  @Field(() => String, { nullable: true, description: "How the certificate was checked (recruitment's VerificationMethod names)" })
  @Property({ type: 'string', length: 30, nullable: true })
  verificationMethod: string | null = null;
  // Versions of one record (an assessment of a person, cycle and period): one CURRENT, the earlier ones SUPERSEDED and linked.
  @Field(() => ArchiveEntryStatus, { description: 'Where it stands' }) @Enum({ items: () => ArchiveEntryStatus, type: 'string' }) status: ArchiveEntryStatus =
    ArchiveEntryStatus.CURRENT;
  @Field(() => ID, { nullable: true, description: 'The entry that replaced this one' })
  @Property({ type: 'string', length: 36, nullable: true })
  supersededById: string | null = null;
  @Field(() => Date, { description: 'When a later version superseded it', nullable: true })
  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;
  /** Which record this entry is a version of, e.g. `ASSESSMENT:QUARTERLY:2026-Q3`; null for one-off entries. */
  @Property({ type: 'string', length: 60, nullable: true }) recordKey: string | null = null;
  /** `<employee>:<recordKey>` while the entry is its record's current version, else null: at most one current version. */
  @Property({ type: 'string', length: 100, nullable: true, unique: true }) liveKey: string | null = null;
}
