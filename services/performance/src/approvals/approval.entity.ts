import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApprovalKind, ApprovalStage, ApprovalStatus, CosignDepartment } from './route';

registerEnumType(ApprovalKind, {
  name: 'ApprovalKind',
  description: 'What is being approved: a work plan (R-1.2), a compensation standard (R-1.1), level rules or assessment rules (R-4.4)',
  valuesConfig: {
    WORK_PLAN: { description: "A team's annual or new-team work plan (R-1.2)" },
    COMPENSATION_STANDARD: { description: "A team's compensation standard, 薪酬标准 (R-1.1)" },
    LEVEL_RULES: { description: 'Level rules: thresholds per level (R-4.4)' },
    ASSESSMENT_RULES: { description: 'Assessment rules: weights and duty points (R-4.3, R-4.4)' },
    STAFFING: { description: "人员编制: a branch's requisition to hire (from recruitment)" },
  },
});
registerEnumType(ApprovalStage, {
  name: 'ApprovalStage',
  description:
    'R-1.3: SUBMITTED (branch) -> OFFICE_REVIEW (brokerage-office) -> CHANNEL_REVIEW (channel-management, names the co-signers) -> COSIGN (会签, in parallel) ' +
    '-> OFFICE_ROUTING (brokerage-office) -> EXECUTIVE_APPROVAL (executive) -> OFFICE_CLOSE (brokerage-office sends the opinions back, 流程结束)',
  valuesConfig: {
    SUBMITTED: { description: 'Submitted by the branch, waiting for the brokerage business office' },
    OFFICE_REVIEW: { description: 'Brokerage business office (brokerage-office) reviews' },
    CHANNEL_REVIEW: { description: 'Channel management department (channel-management) reviews and names the co-signing departments' },
    COSIGN: { description: '会签: the named departments give their opinions, in parallel' },
    OFFICE_ROUTING: { description: 'Brokerage business office routes the rest' },
    EXECUTIVE_APPROVAL: { description: 'The VP in charge (executive) approves' },
    OFFICE_CLOSE: { description: 'Brokerage business office sends the co-sign opinions back (流程结束)' },
  },
});
registerEnumType(ApprovalStatus, {
  name: 'ApprovalStatus',
  description: 'IN_PROGRESS on the route; APPROVED once the route ends; REJECTED at any step (back to the submitter with the reason)',
  valuesConfig: {
    IN_PROGRESS: { description: 'On the route, at one of its stages' },
    APPROVED: { description: 'The route ended with approval' },
    REJECTED: { description: 'Rejected at a step, back to the submitter with the reason' },
  },
});
registerEnumType(CosignDepartment, {
  name: 'CosignDepartment',
  valuesConfig: {
    RISK_MANAGEMENT: { description: '风险管理部: risk management' },
    COMPLIANCE: { description: '合规法律部: compliance and legal' },
    FINANCE: { description: '计划财务部: planning and finance' },
    HUMAN_RESOURCES: { description: '人力资源部: human resources' },
  },
  description: 'Co-signing departments (会签): 人力资源部, 计划财务部, 合规法律部, 风险管理部; their opinions are recorded by the brokerage business office',
});

export enum StepDecision {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(StepDecision, {
  name: 'ApprovalStepDecision',
  valuesConfig: {
    REJECTED: { description: 'Rejected: the subject goes back to its submitter with the reason (at a co-sign step: the department disagrees)' },
    APPROVED: { description: 'Approved; at a co-sign step, the department agrees' },
    SUBMITTED: { description: 'The branch (or head office) submitted the subject: the first step' },
  },
  description: 'APPROVED at a co-sign step: the department agrees',
});

/** One thing going through the route: a version of a plan, standard or rules. */
@ObjectType({ description: 'An approval (R-1.3) of one version of a subject' })
@Entity({ tableName: 'approval_request' })
@Index({ properties: ['kind', 'subjectId'] })
@Index({ properties: ['branchId', 'status'] })
export class ApprovalRequest {
  @Field(() => ID, { description: "The approval request's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ApprovalKind, { description: 'Which kind of approval request it is' }) @Enum({ items: () => ApprovalKind, type: 'string' }) kind!: ApprovalKind;
  @Field(() => ID, { description: 'The work plan, standard or rules version' }) @Property({ type: 'string', length: 36 }) subjectId!: string;
  @Field(() => Int, { description: 'The version of the subject (a resubmission after a rejection is a new version)' })
  @Property({ type: 'integer' })
  subjectVersion!: number;
  @Field(() => ID, { nullable: true, description: 'The submitting branch; null: company-wide, submitted by head office' })
  @Property({ type: 'string', length: 36, nullable: true })
  branchId: string | null = null;
  @Field({ description: 'The title' }) @Property({ type: 'string', length: 500 }) title!: string;
  @Field(() => ApprovalStatus, { description: 'Where the approval request stands' })
  @Enum({ items: () => ApprovalStatus, type: 'string' })
  status: ApprovalStatus = ApprovalStatus.IN_PROGRESS;
  @Field(() => ApprovalStage, { description: 'The stage it is at (the last one reached once ended)' })
  @Enum({ items: () => ApprovalStage, type: 'string' })
  stage: ApprovalStage = ApprovalStage.OFFICE_REVIEW;
  /** Departments named at channel review, JSON array of CosignDepartment. */
  @Property({ type: 'text' }) cosignDepartmentsJson = '[]';
  /** Departments whose opinion is in, JSON array. */
  @Property({ type: 'text' }) cosignedJson = '[]';
  @Field({ description: 'Who submitted it (username)' }) @Property({ type: 'string', length: 100 }) submittedBy!: string;
  @Field({ description: 'When it was submitted' }) @Property({ type: 'datetime' }) submittedAt: Date = new Date();
  @Field(() => Date, { description: 'When the route ended (approved by the VP in charge and closed, or rejected); null while in progress', nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected' }) @Property({ type: 'string', length: 1000, nullable: true }) rejectionReason:
    string | null = null;
  /** Optimistic lock: two people acting on the same request cannot both commit. */
  @Property({ version: true }) lock?: number;

  @Field(() => [CosignDepartment], { description: 'The co-signing departments named by channel management' })
  get cosignDepartments(): CosignDepartment[] {
    return JSON.parse(this.cosignDepartmentsJson) as CosignDepartment[];
  }

  get cosigned(): CosignDepartment[] {
    return JSON.parse(this.cosignedJson) as CosignDepartment[];
  }
}

/** One step of a route: who, when, decision, comment. */
@ObjectType({ description: 'A step of an approval: who acted, when, the decision and the comment' })
@Entity({ tableName: 'approval_step' })
@Unique({ properties: ['requestId', 'seq'] })
export class ApprovalStep {
  @Field(() => ID, { description: "The approval step's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The approval request' }) @Property({ type: 'string', length: 36 }) requestId!: string;
  @Field(() => Int, { description: 'Order on the route, from 1 (the submission)' }) @Property({ type: 'integer' }) seq!: number;
  @Field(() => ApprovalStage, { description: 'The stage the approval step is at' }) @Enum({ items: () => ApprovalStage, type: 'string' }) stage!: ApprovalStage;
  @Field(() => CosignDepartment, { nullable: true, description: 'At a co-sign step: the department whose opinion this is' })
  @Enum({ items: () => CosignDepartment, type: 'string', nullable: true })
  department: CosignDepartment | null = null;
  @Field(() => String, { nullable: true, description: "At a co-sign step: who gave the department's opinion" })
  @Property({ type: 'string', length: 100, nullable: true })
  signatory: string | null = null;
  @Field({ description: 'The role the actor acted in' }) @Property({ type: 'string', length: 50 }) role!: string;
  @Field({ description: 'Who acted (username)' }) @Property({ type: 'string', length: 100 }) actedBy!: string;
  @Field(() => ID, { description: "The actor's employee id; null for a user who is no employee", nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  actorEmployeeId: string | null = null;
  @Field({ description: 'When the step was taken' }) @Property({ type: 'datetime' }) actedAt: Date = new Date();
  @Field(() => StepDecision, { description: 'Submitted, approved (at a co-sign step: agrees) or rejected' })
  @Enum({ items: () => StepDecision, type: 'string' })
  decision!: StepDecision;
  @Field({ description: 'A free-text comment' }) @Property({ type: 'string', length: 1000 }) comment: string = '';
}
