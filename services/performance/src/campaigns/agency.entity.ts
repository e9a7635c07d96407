/** agency sales (代销): agencies, their outlets, qualification reviews, training, materials, patrols. */
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

export enum QualificationOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(QualificationOutcome, {
  name: 'QualificationOutcome',
  description: "A qualification review's outcome (资格审查)",
  valuesConfig: { PASSED: { description: 'Qualified: may sell once the agreement is signed' }, FAILED: { description: 'Not qualified: may not sell' } },
});

export enum AgencyTrainingKind {
  MARKET_RESEARCH = 'MARKET_RESEARCH',
  TRAINING = 'TRAINING',
  INTENSIVE_TRAINING = 'INTENSIVE_TRAINING',
  ROADSHOW = 'ROADSHOW',
}
registerEnumType(AgencyTrainingKind, {
  name: 'AgencyTrainingKind',
  description: "A session with an agency's branches (before approval: research and training; after: intensive training and roadshows)",
  valuesConfig: {
    MARKET_RESEARCH: { description: '市场调研 with its first-tier branches, before approval' },
    TRAINING: { description: '业务培训 of its first-tier branches, before approval' },
    INTENSIVE_TRAINING: { description: '强化培训, after approval' },
    ROADSHOW: { description: '路演推介会 with the agency, after approval' },
  },
});

export enum PatrolFixStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(PatrolFixStatus, {
  name: 'PatrolFixStatus',
  description: 'A required fix (整改) from a patrol',
  valuesConfig: { OPEN: { description: 'Not yet fixed' }, DONE: { description: 'Fixed and checked' } },
});

/** 代销机构: an agency selling the plan, in a region. */
@ObjectType({ description: 'An agency (代销机构) selling the plan: its region, agreement, reviews, training, outlets' })
@Entity({ tableName: 'campaign_agency' })
@Unique({ properties: ['campaignId', 'name'] })
export class Agency {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field({ description: "The agency's name (e.g. a bank)" }) @Property({ type: 'string', length: 200 }) name!: string;
  @Field(() => ID, { description: 'The regional work group it sells in' }) @Property({ type: 'string', length: 36 }) regionId!: string;
  @Field(() => String, { nullable: true, description: 'The signed agency agreement (代销协议) as a file reference' })
  @Property({ type: 'string', length: 500, nullable: true })
  agreementFileRef: string | null = null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the agreement was signed' })
  @Property({ type: 'string', length: 10, nullable: true })
  agreementSignedOn: string | null = null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The agreement runs from' })
  @Property({ type: 'string', length: 10, nullable: true })
  agreementStartsOn: string | null = null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The agreement runs to' })
  @Property({ type: 'string', length: 10, nullable: true })
  agreementEndsOn: string | null = null;
  @Field({ description: 'Who registered it (username)' }) @Property({ type: 'string', length: 100 }) createdBy!: string;
}

/** An outlet (营业网点) of an agency; designated outlets receive the promotion materials. */
@ObjectType({ description: "An agency's outlet (营业网点); designated ones receive promotion materials before the announcement" })
@Entity({ tableName: 'campaign_agency_outlet' })
@Index({ properties: ['agencyId'] })
export class AgencyOutlet {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The agency' }) @Property({ type: 'string', length: 36 }) agencyId!: string;
  @Field({ description: "The outlet's name" }) @Property({ type: 'string', length: 200 }) name!: string;
  @Field({ description: 'City' }) @Property({ type: 'string', length: 100 }) city!: string;
  @Field({ description: 'Designated by the agency to receive materials (指定营业网点)' }) @Property({ type: 'boolean' }) designated: boolean = true;
}

/** 资格审查: who, when, outcome, the rule checked against. */
@ObjectType({ description: "An agency's qualification review (资格审查): who, when, outcome, and the rule it was checked against" })
@Entity({ tableName: 'campaign_qualification_review' })
@Index({ properties: ['agencyId', 'reviewedAt'] })
export class QualificationReview {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The agency' }) @Property({ type: 'string', length: 36 }) agencyId!: string;
  @Field(() => QualificationOutcome, { description: 'Outcome' }) @Enum({ items: () => QualificationOutcome, type: 'string' }) outcome!: QualificationOutcome;
  @Field({ description: 'The rule it was checked against (e.g. 《证券公司客户资产管理业务试行办法》第…条)' })
  @Property({ type: 'string', length: 500 })
  rule!: string;
  @Field({ description: 'Findings' }) @Property({ type: 'string', length: 2000 }) comment!: string;
  @Field({ description: 'Who reviewed (username)' }) @Property({ type: 'string', length: 100 }) reviewedBy!: string;
  @Field(() => LocalDateScalar, { description: 'When' }) @Property({ type: 'string', length: 10 }) reviewedOn!: string;
  @Property({ type: 'datetime' }) reviewedAt: Date = new Date();
}

/** Training sessions for agency branches (before and after approval). */
@ObjectType({ description: "A training session or roadshow with an agency's branches" })
@Entity({ tableName: 'campaign_agency_training' })
@Index({ properties: ['agencyId'] })
export class AgencyTraining {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The agency' }) @Property({ type: 'string', length: 36 }) agencyId!: string;
  @Field(() => AgencyTrainingKind, { description: 'What kind' }) @Enum({ items: () => AgencyTrainingKind, type: 'string' }) kind!: AgencyTrainingKind;
  @Field({ description: 'Held after the approval (获得批文后)' }) @Property({ type: 'boolean' }) afterApproval!: boolean;
  @Field(() => LocalDateScalar, { description: 'When' }) @Property({ type: 'string', length: 10 }) heldOn!: string;
  @Field({ description: 'Topics (e.g. 计划简介, 投资指南, 业务规则与流程, 客户服务)' }) @Property({ type: 'string', length: 1000 }) topics!: string;
  @Field(() => [String], { description: "The agency's branches trained" }) @Property({ type: 'json' }) branches: string[] = [];
  @Field(() => Int, { description: 'People attending' }) @Property({ type: 'integer' }) attendees!: number;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
}

/** A promotion material sent to a designated outlet, and when it arrived. */
@ObjectType({ description: 'A promotion material (宣传材料) sent to an outlet, and when it arrived' })
@Entity({ tableName: 'campaign_material_delivery' })
@Index({ properties: ['agencyId', 'outletId'] })
export class MaterialDelivery {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The agency' }) @Property({ type: 'string', length: 36 }) agencyId!: string;
  @Field(() => ID, { description: 'The outlet' }) @Property({ type: 'string', length: 36 }) outletId!: string;
  @Field({ description: 'The item (e.g. 宣传折页, 海报, 招募说明书)' }) @Property({ type: 'string', length: 200 }) item!: string;
  @Field(() => Int, { description: 'How many' }) @Property({ type: 'integer' }) quantity!: number;
  @Field(() => LocalDateScalar, { description: 'Sent on' }) @Property({ type: 'string', length: 10 }) sentOn!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Arrived on (null: not yet)' })
  @Property({ type: 'string', length: 10, nullable: true })
  arrivedOn: string | null = null;
  @Field({ description: 'Who sent it (username)' }) @Property({ type: 'string', length: 100 }) sentBy!: string;
}

/** 巡查: a patrol of an agency outlet during the issue, with findings. */
@ObjectType({ description: "A patrol (巡查) of an agency's outlet during the issue: findings and required fixes" })
@Entity({ tableName: 'campaign_agency_patrol' })
@Index({ properties: ['agencyId'] })
export class AgencyPatrol {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The agency' }) @Property({ type: 'string', length: 36 }) agencyId!: string;
  @Field(() => ID, { description: 'The outlet patrolled' }) @Property({ type: 'string', length: 36 }) outletId!: string;
  @Field(() => LocalDateScalar, { description: 'When' }) @Property({ type: 'string', length: 10 }) patrolledOn!: string;
  @Field({ description: 'What was found' }) @Property({ type: 'string', length: 2000 }) findings!: string;
  @Field({ description: 'Who patrolled (username)' }) @Property({ type: 'string', length: 100 }) patrolledBy!: string;
}

/** 整改意见: a fix required by a patrol, followed to closure. */
@ObjectType({ description: 'A fix required by a patrol (整改意见), followed until done' })
@Entity({ tableName: 'campaign_patrol_fix' })
@Index({ properties: ['patrolId'] })
export class PatrolFix {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The patrol' }) @Property({ type: 'string', length: 36 }) patrolId!: string;
  @Field({ description: 'What must be fixed' }) @Property({ type: 'string', length: 1000 }) requirement!: string;
  @Field(() => LocalDateScalar, { description: 'By when' }) @Property({ type: 'string', length: 10 }) dueOn!: string;
  @Field(() => PatrolFixStatus, { description: 'Open or done' }) @Enum({ items: () => PatrolFixStatus, type: 'string' }) status: PatrolFixStatus =
    PatrolFixStatus.OPEN;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was done' }) @Property({ type: 'string', length: 10, nullable: true }) doneOn:
    string | null = null;
  @Field(() => String, { nullable: true, description: 'How it was fixed and checked' }) @Property({ type: 'string', length: 1000, nullable: true }) doneNote:
    string | null = null;
  @Field(() => String, { nullable: true, description: 'Who closed it (username)' }) @Property({ type: 'string', length: 100, nullable: true }) closedBy:
    string | null = null;
}
