import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, YearMonthScalar, YearScalar } from '@bg/graphql';

export enum WorkPlanKind {
  ANNUAL = 'ANNUAL',
  NEW_TEAM = 'NEW_TEAM',
}
registerEnumType(WorkPlanKind, {
  name: 'WorkPlanKind',
  valuesConfig: {
    NEW_TEAM: { description: "A new team's one-year plan from its first month, with its target of accounts opened" },
    ANNUAL: { description: "年度工作计划: a team's plan for a calendar year, with the marketing plan and the bank agreement" },
  },
  description:
    "ANNUAL: a team's work plan for a calendar year (年度工作计划, with the marketing plan and the partner-bank agreement); NEW_TEAM: a new team's one-year plan from its first month (target account openings)",
});

export enum WorkPlanStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(WorkPlanStatus, {
  name: 'WorkPlanStatus',
  valuesConfig: {
    REJECTED: { description: 'Rejected: back to the branch, which may file a new version' },
    APPROVED: { description: 'Approved: this version counts (goals and progress use it)' },
    PENDING_APPROVAL: { description: 'On the R-1.3 approval route' },
  },
  description: 'On the R-1.3 route, APPROVED (only this version counts), or REJECTED (resubmitted as a new version)',
});

/** A version of a team's work plan. Money in fen. */
@ObjectType({ description: "A version of a team's work plan (工作计划, R-1.2); money in fen" })
@Entity({ tableName: 'work_plan' })
@Unique({ properties: ['teamId', 'kind', 'year', 'version'] })
@Index({ properties: ['branchId', 'year'] })
export class WorkPlan {
  @Field(() => ID, { description: "The work plan's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => WorkPlanKind, { description: 'Which kind of work plan it is' }) @Enum({ items: () => WorkPlanKind, type: 'string' }) kind!: WorkPlanKind;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team it belongs to' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => YearScalar, { description: 'ANNUAL: the calendar year; NEW_TEAM: the year of its first month' }) @Property({ type: 'integer' }) year!: number;
  @Field(() => YearMonthScalar, { description: 'First of the twelve months it covers' }) @Property({ type: 'string', length: 7 }) startMonth!: string;
  @Field(() => Int, { description: 'Versions of this team, kind and year so far, this one included' }) @Property({ type: 'integer' }) version!: number;
  @Field(() => WorkPlanStatus, { description: 'Where the work plan stands' }) @Enum({ items: () => WorkPlanStatus, type: 'string' }) status: WorkPlanStatus =
    WorkPlanStatus.PENDING_APPROVAL;
  @Field(() => Int, { description: '目标开户数: the accounts the plan is to open (newAccounts)' })
  @Property({ type: 'integer', fieldName: 'target_account_openings' })
  targetNewAccounts!: number;
  @Field(() => FenScalar, { nullable: true, description: "目标新增资产: target new assets, fen (a new team's plan may leave it out)" })
  @Property({ type: new BigIntType('number'), nullable: true })
  targetNewAssetsFen: number | null = null;
  @Field(() => FenScalar, { nullable: true, description: '目标净收入: target net revenue, fen' })
  @Property({ type: new BigIntType('number'), nullable: true })
  targetNetRevenueFen: number | null = null;
  @Field({ description: '营销计划: the marketing plan for the local market' }) @Property({ type: 'text' }) marketingPlan: string = '';
  @Field(() => String, { nullable: true, description: "The partner bank's marketing cooperation agreement for the year (银行合作协议): its reference" })
  @Property({ type: 'string', length: 200, nullable: true })
  bankAgreementRef: string | null = null;
  @Field({ description: 'Who filed it (username)' }) @Property({ type: 'string', length: 100 }) filedBy!: string;
  @Field({ description: 'When it was filed' }) @Property({ type: 'datetime' }) filedAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'Approved: the VP in charge; rejected: who rejected it' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was decided; null until then' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected; null unless rejected' })
  @Property({ type: 'string', length: 1000, nullable: true })
  rejectionReason: string | null = null;
}
