/** a product issue campaign: phases, regional work groups, the work group's staffing. */
import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, LocalDateScalar } from '@bg/graphql';

export enum CampaignPhase {
  PREPARATION = 'PREPARATION',
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  APPROVED = 'APPROVED',
  ISSUING = 'ISSUING',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignPhase, {
  name: 'CampaignPhase',
  description: 'Where a product issue campaign stands (发行阶段), one step forward at a time',
  valuesConfig: {
    PREPARATION: { description: '发行准备: set-up, agency reviews, core customers visited' },
    AWAITING_APPROVAL: { description: "Filed, awaiting the regulator's approval (待批文)" },
    APPROVED: { description: 'Approved (获得批文): intensive training, roadshows, materials to outlets before the announcement' },
    ISSUING: { description: '发行期间: subscriptions recorded, agency outlets patrolled' },
    CLOSED: { description: '发行结束: summaries and evaluations' },
  },
});

export enum CampaignRegionCode {
  NORTH = 'NORTH',
  EAST = 'EAST',
  SOUTH = 'SOUTH',
  WEST = 'WEST',
}
registerEnumType(CampaignRegionCode, {
  name: 'CampaignRegionCode',
  description: 'The regional work groups (地区工作组) of a campaign',
  valuesConfig: {
    NORTH: { description: '北方地区: 华北、东北' },
    EAST: { description: '华东地区: 上海、江苏、安徽、浙江、福建、山东' },
    SOUTH: { description: '南方地区: 深圳、广东、广西、湖南、湖北' },
    WEST: { description: '西部地区: 重庆、四川、云南、贵州、甘肃、新疆' },
  },
});

export enum CampaignUnit {
  MARKETING_PLANNING = 'MARKETING_PLANNING',
  SALES_MANAGEMENT = 'SALES_MANAGEMENT',
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  ROADSHOW_LEADERSHIP = 'ROADSHOW_LEADERSHIP',
  REGION = 'REGION',
}
registerEnumType(CampaignUnit, {
  name: 'CampaignUnit',
  description: "A unit of the campaign's organisation (营销组织架构)",
  valuesConfig: {
    MARKETING_PLANNING: { description: '营销策划组 (the work group)' },
    SALES_MANAGEMENT: { description: '销售管理组 (the work group): agency research, training, patrols, evaluation' },
    CUSTOMER_SERVICE: { description: '客户服务组 (the work group)' },
    ROADSHOW_LEADERSHIP: { description: '路演推介领导小组, with a named head: reallocates staff and materials between regions' },
    REGION: { description: 'A regional work group (地区工作组)' },
  },
});

/** 集合资产管理计划发行: one campaign per product issue. */
@ObjectType({ description: 'A product issue campaign (集合资产管理计划发行, R-7): the issue of one collective asset-management plan' })
@Entity({ tableName: 'campaign' })
export class Campaign {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field({ description: "The campaign's code" }) @Property({ type: 'string', length: 40, unique: true }) code!: string;
  @Field({ description: "The plan's name (集合资产管理计划)" }) @Property({ type: 'string', length: 200 }) name!: string;
  @Field(() => FenScalar, { description: 'The sales target of the issue, fen' }) @Property({ type: new BigIntType('number') }) targetFen!: number;
  @Field(() => CampaignPhase, { description: 'Where it stands' })
  @Enum({ items: () => CampaignPhase, type: 'string' })
  phase: CampaignPhase = CampaignPhase.PREPARATION;
  @Field(() => LocalDateScalar, { description: 'The issue announcement (发行公告) date: materials reach the outlets before it' })
  @Property({ type: 'string', length: 10 })
  announcementOn!: string;
  @Field(() => LocalDateScalar, { description: 'First day of the issue' }) @Property({ type: 'string', length: 10 }) issueStartsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the issue' }) @Property({ type: 'string', length: 10 }) issueEndsOn!: string;
  @Field({ description: 'Who set it up (username)' }) @Property({ type: 'string', length: 100 }) createdBy!: string;
  @Field({ description: 'When it was set up' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Property({ version: true, type: 'integer' }) version = 1;
}

/** A phase change, who and when (the campaign's history). */
@ObjectType({ description: "A step of the campaign's phases: who moved it, when, with what comment" })
@Entity({ tableName: 'campaign_phase_change' })
@Index({ properties: ['campaignId', 'changedAt'] })
export class CampaignPhaseChange {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => CampaignPhase, { description: 'From' }) @Enum({ items: () => CampaignPhase, type: 'string' }) fromPhase!: CampaignPhase;
  @Field(() => CampaignPhase, { description: 'To' }) @Enum({ items: () => CampaignPhase, type: 'string' }) toPhase!: CampaignPhase;
  @Field({ description: 'Who (username)' }) @Property({ type: 'string', length: 100 }) changedBy!: string;
  @Field({ description: 'When' }) @Property({ type: 'datetime' }) changedAt: Date = new Date();
  @Field({ description: 'Comment (e.g. the approval document number)' }) @Property({ type: 'string', length: 1000 }) comment!: string;
}

/** A regional work group covering branches, with its target. */
@ObjectType({ description: 'A regional work group (地区工作组) of a campaign: the areas and branches it covers, its target' })
@Entity({ tableName: 'campaign_region' })
@Unique({ properties: ['campaignId', 'region'] })
export class CampaignRegion {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => CampaignRegionCode, { description: 'Which region' }) @Enum({ items: () => CampaignRegionCode, type: 'string' }) region!: CampaignRegionCode;
  @Field({ description: 'The group’s name' }) @Property({ type: 'string', length: 100 }) name!: string;
  @Field({ description: 'The areas it covers' }) @Property({ type: 'string', length: 200 }) areas!: string;
  @Field(() => [ID], { description: 'The branches (营业部) it covers' }) @Property({ type: 'json' }) branchIds: string[] = [];
  @Field(() => FenScalar, { nullable: true, description: "The region's sales target, fen (optional)" })
  @Property({ type: new BigIntType('number'), nullable: true })
  targetFen: number | null = null;
}

/** A named employee in a unit of the campaign (staff drawn from departments). */
@ObjectType({ description: 'A named employee staffing a unit of the campaign (drawn from a department)' })
@Entity({ tableName: 'campaign_member' })
@Index({ properties: ['campaignId', 'employeeId'] })
export class CampaignMember {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => ID, { description: 'The employee' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field({ description: "The employee's name" }) @Property({ type: 'string', length: 100 }) name!: string;
  @Field(() => CampaignUnit, { description: 'The unit' }) @Enum({ items: () => CampaignUnit, type: 'string' }) unit!: CampaignUnit;
  @Field(() => ID, { nullable: true, description: 'The regional work group (REGION members)' })
  @Property({ type: 'string', length: 36, nullable: true })
  regionId: string | null = null;
  @Field({ description: 'The head (负责人) of the roadshow leadership group' }) @Property({ type: 'boolean' }) head: boolean = false;
  @Field(() => String, { nullable: true, description: 'The department the member is drawn from (e.g. 投资部, 研究所)' })
  @Property({ type: 'string', length: 100, nullable: true })
  department: string | null = null;
}

@ObjectType({ description: 'Counts of a campaign at a glance' })
export class CampaignCounts {
  @Field(() => Int, { description: 'Agencies' }) agencies!: number;
  @Field(() => Int, { description: 'Core customers' }) coreCustomers!: number;
  @Field(() => Int, { description: 'Subscriptions recorded' }) subscriptions!: number;
}
