import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { CertificateCheckMethod } from '@bg/events';
import { LocalDateScalar } from '@bg/graphql';
import { CandidateChannel, CandidateDocumentKind, CandidateStage, skillsOf } from '../pipeline/pipeline.rules';
import { EmploymentType } from '../requisitions/requisition.entity';

registerEnumType(CandidateStage, {
  name: 'CandidateStage',
  description:
    'applied -> screened -> certificates verified -> pre-employment training -> evaluated -> probation -> hired; or rejected / withdrawn (talent pool)',
  valuesConfig: {
    APPLIED: { description: '报名: applied' },
    SCREENED: { description: '初选: passed the first screening' },
    CERTIFICATES_VERIFIED: { description: '证件核验: every certificate checked genuine (R-6.3)' },
    PRE_EMPLOYMENT_TRAINING: { description: '岗前培训: in pre-employment training' },
    EVALUATED: { description: '综合考评: evaluated after the training' },
    PROBATION: { description: '试用: on probation (R-6.6)' },
    HIRED: { description: '录用: hired; personnel creates the employee and the archive' },
    REJECTED: { description: '未录用: not hired, kept in the talent pool (人才储备) with the reason' },
    WITHDRAWN: { description: '本人放弃: withdrew, kept in the talent pool' },
  },
});
registerEnumType(CandidateChannel, {
  name: 'CandidateChannel',
  valuesConfig: {
    OTHER: { description: 'Any other channel (say which in channelDetail)' },
    REFERRAL: { description: '推荐: a referral' },
    SCHOOL_ENTERPRISE: { description: '校企合作: school-enterprise cooperation' },
    TALENT_MARKET: { description: '人才市场: a talent market' },
    JOB_WEBSITE: { description: '招聘网站: a job website' },
  },
  description: 'How the candidate came: job website, talent market, school-enterprise cooperation, referral, other',
});
registerEnumType(CandidateDocumentKind, {
  name: 'CandidateDocumentKind',
  valuesConfig: {
    GUARANTOR_ID_COPY: { description: "担保人身份证复印件: the guarantor's ID card copy" },
    GUARANTEE_LETTER: { description: '担保书: guarantee letter' },
    DIPLOMA_COPY: { description: '学历证书复印件: diploma copy' },
    ID_CARD_COPY: { description: '身份证复印件: ID card copy' },
    RESUME: { description: '简历: resume' },
    PHOTO: { description: '一寸照片: 1-inch photo' },
  },
  description: "R-6.3 documents (the event contracts' hiring document kinds, personnel's DocumentKind names)",
});

export enum VerificationMethod {
  ORIGINAL_SIGHTED = 'ORIGINAL_SIGHTED', // 原件核对
  ISSUER_CONFIRMED = 'ISSUER_CONFIRMED', // 向发证机关/学校核实
  ONLINE_REGISTRY = 'ONLINE_REGISTRY', // 学信网 / 身份核查系统
  OTHER = 'OTHER',
}
registerEnumType(VerificationMethod, {
  name: 'VerificationMethod',
  description: 'How a certificate was checked',
  valuesConfig: {
    OTHER: { description: 'Any other way (say how in the note)' },
    ORIGINAL_SIGHTED: { description: '原件核对' },
    ISSUER_CONFIRMED: { description: '向发证机关/学校核实' },
    ONLINE_REGISTRY: { description: '学信网 / 身份核查系统' },
  },
});
// CandidateHired carries the method under the event contracts' names.
const _methods: Record<CertificateCheckMethod, VerificationMethod> = VerificationMethod;
void _methods;

export enum ProbationOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(ProbationOutcome, {
  name: 'ProbationOutcome',
  description: 'How a probation ended',
  valuesConfig: { PASSED: { description: 'Passed probation: hired' }, FAILED: { description: 'Failed probation: not hired, kept in the talent pool' } },
});

/** 应聘人员: a person in the pipeline or in the talent pool. Personal data: see access/access.ts. */
@ObjectType({ description: '应聘人员: a candidate (visible to recruiters and branch managers only)' })
@Entity({ tableName: 'candidate' })
@Index({ properties: ['branchId', 'stage', 'appliedOn', 'id'] })
@Index({ properties: ['stage', 'appliedOn', 'id'] })
@Index({ properties: ['appliedOn', 'id'] })
@Index({ properties: ['requisitionId', 'stage'] })
@Index({ properties: ['stage', 'stageChangedAt', 'id'] })
@Index({ properties: ['stage', 'skillTags'] }) // talent pool by skill: counted from the index alone
export class Candidate {
  @Field(() => ID, { description: "The candidate's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The requisition the candidate is in now' }) @Property({ type: 'string', length: 36 }) requisitionId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: "The requisition's team; on hire, the team the new manager joins" })
  @Property({ type: 'string', length: 36, nullable: true })
  teamId: string | null = null;
  @Field({ description: "The candidate's name" }) @Property({ type: 'string', length: 100 }) name!: string;
  @Field(() => String, { nullable: true, description: '身份证号' }) @Property({ type: 'string', length: 18, nullable: true, index: true }) idNumber:
    string | null = null;
  @Field(() => String, { nullable: true, description: 'Phone number' }) @Property({ type: 'string', length: 30, nullable: true }) phone: string | null = null;
  @Field(() => CandidateChannel, { description: 'The recruitment channel it came through' })
  @Enum({ items: () => CandidateChannel, type: 'string' })
  channel!: CandidateChannel;
  @Field(() => String, { nullable: true, description: 'The school (school-enterprise cooperation), the referrer, the website...' })
  @Property({ type: 'string', length: 200, nullable: true })
  channelDetail: string | null = null;
  /** Skill tags, `,a,b,` lower-cased (pipeline.rules skillTags). */
  @Property({ type: 'string', length: 500 }) skillTags = '';
  @Field(() => EmploymentType, { description: 'Full-time (one-year labour contract) or part-time (one-year marketing cooperation agreement)' })
  @Enum({ items: () => EmploymentType, type: 'string' })
  employmentType!: EmploymentType;
  @Field(() => CandidateStage, { description: 'The stage the candidate is at' }) @Enum({ items: () => CandidateStage, type: 'string' }) stage: CandidateStage =
    CandidateStage.APPLIED;
  @Field(() => CandidateStage, { nullable: true, description: 'Talent pool: the stage reached before rejection or withdrawal' })
  @Enum({ items: () => CandidateStage, type: 'string', nullable: true })
  lastStage: CandidateStage | null = null;
  @Field(() => String, { nullable: true, description: 'Talent pool: why rejected or withdrawn' }) @Property({ type: 'text', nullable: true }) reason:
    string | null = null;
  @Field(() => LocalDateScalar, { description: 'The day the candidate applied' }) @Property({ type: 'string', length: 10 }) appliedOn!: string;
  @Field({ description: 'When the candidate reached the current stage' }) @Property({ type: 'datetime' }) stageChangedAt: Date = new Date();
  @Field({ description: 'Who moved the candidate to the current stage (username)' }) @Property({ type: 'string', length: 100 }) stageChangedBy!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the employee was hired' })
  @Property({ type: 'string', length: 10, nullable: true })
  hiredOn: string | null = null;
  @Field(() => ID, { nullable: true, description: 'The employee personnel made of the hire (once its EmployeeHired arrived)' })
  @Property({ type: 'string', length: 36, nullable: true })
  employeeId: string | null = null;
  /** Optimistic lock: two concurrent moves of one candidate cannot both commit. */
  @Property({ version: true }) version!: number;
  @Field({ description: 'When it was created' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Field(() => ID, { nullable: true, description: 'On hire: the group (小组) the new manager joins' })
  @Property({ type: 'string', length: 36, nullable: true })
  groupId: string | null = null;
  @Field(() => ID, { nullable: true, description: 'On hire: the outlet (网点) the new manager is stationed at' })
  @Property({ type: 'string', length: 36, nullable: true })
  outletId: string | null = null;

  @Field(() => [String], { description: 'Skills and qualifications, as written (searched in the talent pool)' }) get skills(): string[] {
    return skillsOf(this.skillTags);
  }
}

/** A document of a candidate's file, with its genuineness check. */
@ObjectType({ description: "A document of a candidate's file and its check" })
@Entity({ tableName: 'candidate_document' })
export class CandidateDocument {
  @Field(() => ID, { description: "The candidate document's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36, index: true }) candidateId!: string;
  @Field(() => CandidateDocumentKind, { description: 'Which kind of candidate document it is' })
  @Enum({ items: () => CandidateDocumentKind, type: 'string' })
  kind!: CandidateDocumentKind;
  @Field({ description: 'The stored electronic copy' }) @Property({ type: 'string', length: 200 }) fileRef!: string;
  @Field({ description: 'Who added it (username)' }) @Property({ type: 'string', length: 100 }) addedBy!: string;
  @Field({ description: 'When it was added' }) @Property({ type: 'datetime' }) addedAt: Date = new Date();
  @Field(() => Boolean, { nullable: true, description: 'null: not checked yet' }) @Property({ type: 'boolean', nullable: true }) genuine: boolean | null = null;
  @Field(() => String, { nullable: true, description: 'Who verified it (username)' }) @Property({ type: 'string', length: 100, nullable: true }) verifiedBy:
    string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was verified' }) @Property({ type: 'datetime', nullable: true }) verifiedAt: Date | null = null;
  @Field(() => VerificationMethod, { description: 'How it was checked; null until checked', nullable: true })
  @Enum({ items: () => VerificationMethod, type: 'string', nullable: true })
  method: VerificationMethod | null = null;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @Property({ type: 'text', nullable: true }) note: string | null = null;
}

/** One move of a candidate: who, when, from, to (the pipeline history, kept across requisitions). */
@ObjectType({ description: 'A stage move: who and when' })
@Entity({ tableName: 'stage_move' })
export class StageMove {
  @Field(() => ID, { description: "The stage move's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36, index: true }) candidateId!: string;
  @Field(() => ID, { description: 'The requisition it belongs to' }) @Property({ type: 'string', length: 36 }) requisitionId!: string;
  @Field(() => CandidateStage, { nullable: true, description: 'null: the application itself' })
  @Enum({ items: () => CandidateStage, type: 'string', nullable: true })
  from: CandidateStage | null = null;
  @Field(() => CandidateStage, { description: 'The stage moved to' }) @Enum({ items: () => CandidateStage, type: 'string' }) to!: CandidateStage;
  @Field({ description: 'Who did it (username)' }) @Property({ type: 'string', length: 100 }) by!: string;
  @Field({ description: 'When it happened' }) @Property({ type: 'datetime' }) at: Date = new Date();
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @Property({ type: 'text', nullable: true }) note: string | null = null;
}

/** 综合考评: pre-employment training result and the comprehensive evaluation deciding probation. */
@ObjectType({ description: '综合考评: the comprehensive evaluation' })
@Entity({ tableName: 'candidate_evaluation' })
export class CandidateEvaluation {
  @Field(() => ID, { description: "The candidate evaluation's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36, index: true }) candidateId!: string;
  @Field(() => ID, { description: 'The requisition it belongs to' }) @Property({ type: 'string', length: 36 }) requisitionId!: string;
  @Field(() => Float, { nullable: true, description: 'Pre-employment training assessment, 0-100' })
  @Property({ type: 'double', nullable: true })
  trainingScore: number | null = null;
  @Field(() => Float, { nullable: true, description: 'Interview, 0-100' }) @Property({ type: 'double', nullable: true }) interviewScore: number | null = null;
  @Field(() => Float, { description: 'Overall, 0-100' }) @Property({ type: 'double' }) overallScore!: number;
  @Field({ description: "The evaluator's conclusion: passed goes on to probation" }) @Property({ type: 'boolean' }) passed!: boolean;
  @Field({ description: "The evaluator's written conclusion" }) @Property({ type: 'text' }) conclusion!: string;
  @Field({ description: 'Who evaluated (username)' }) @Property({ type: 'string', length: 100 }) evaluatedBy!: string;
  @Field({ description: 'When the evaluation was recorded' }) @Property({ type: 'datetime' }) evaluatedAt: Date = new Date();
}

/** 试用期: start, end and outcome. */
@ObjectType({ description: '试用期: a probation' })
@Entity({ tableName: 'probation' })
export class Probation {
  @Field(() => ID, { description: "The probation's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36, index: true }) candidateId!: string;
  @Field(() => ID, { description: 'The requisition it belongs to' }) @Property({ type: 'string', length: 36 }) requisitionId!: string;
  @Field(() => LocalDateScalar, { description: 'The first day it covers' }) @Property({ type: 'string', length: 10 }) startsOn!: string;
  @Field(() => LocalDateScalar, { description: 'The last day it covers' }) @Property({ type: 'string', length: 10 }) endsOn!: string;
  @Field({ description: 'Who started the probation (username)' }) @Property({ type: 'string', length: 100 }) startedBy!: string;
  @Field(() => ProbationOutcome, { description: 'How the probation ended; null while it runs', nullable: true })
  @Enum({ items: () => ProbationOutcome, type: 'string', nullable: true })
  outcome: ProbationOutcome | null = null;
  @Field(() => String, { description: 'The note given with the outcome; null until decided', nullable: true })
  @Property({ type: 'text', nullable: true })
  outcomeNote: string | null = null;
  @Field(() => String, { nullable: true, description: 'Who decided it (username); null until then' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was decided; null until then' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
}
