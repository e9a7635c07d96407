/** direct sales (直销): core customers, visits, roadshows, intentions, subscriptions, door-to-door service, reallocations. */
import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, LocalDateScalar } from '@bg/graphql';

export enum SalesChannel {
  DIRECT = 'DIRECT',
  AGENCY = 'AGENCY',
}
registerEnumType(SalesChannel, {
  name: 'SalesChannel',
  description: 'How a subscription was sold',
  valuesConfig: { DIRECT: { description: '直销: by the company to a registered customer' }, AGENCY: { description: '代销: through an agency' } },
});

export enum IntentionStatus {
  OPEN = 'OPEN',
  SUBSCRIBED = 'SUBSCRIBED',
  DECLINED = 'DECLINED',
  LAPSED = 'LAPSED',
}
registerEnumType(IntentionStatus, {
  name: 'IntentionStatus',
  description: "A subscription intention's outcome (认购意向)",
  valuesConfig: {
    OPEN: { description: 'Being followed up' },
    SUBSCRIBED: { description: 'The customer subscribed (set by the subscription)' },
    DECLINED: { description: 'The customer declined' },
    LAPSED: { description: 'Not subscribed by the end of the issue' },
  },
});

export enum ServiceRequestStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  DONE = 'DONE',
}
registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description: 'A door-to-door service request (上门服务)',
  valuesConfig: { OPEN: { description: 'Opened, nobody assigned' }, ASSIGNED: { description: 'Assigned to a person' }, DONE: { description: 'Served' } },
});

export enum ReallocationKind {
  STAFF = 'STAFF',
  MATERIALS = 'MATERIALS',
}
registerEnumType(ReallocationKind, {
  name: 'ReallocationKind',
  description: 'What the roadshow leadership moved between regions (动态调配)',
  valuesConfig: { STAFF: { description: 'Staff: members move to the other regional group' }, MATERIALS: { description: 'Promotion materials' } },
});

/** A registered customer made a core customer (核心客户) of a regional group. */
@ObjectType({ description: 'A core customer (核心客户) of the campaign: a registered customer assigned to a regional work group' })
@Entity({ tableName: 'campaign_core_customer' })
@Unique({ properties: ['campaignId', 'customerId'] })
@Index({ properties: ['campaignId', 'regionId'] })
export class CoreCustomer {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => ID, { description: 'The registered customer' }) @Property({ type: 'string', length: 36 }) customerId!: string;
  @Field({ description: "The customer's name" }) @Property({ type: 'string', length: 200 }) customerName!: string;
  @Field(() => ID, { description: 'The regional work group' }) @Property({ type: 'string', length: 36 }) regionId!: string;
  @Field(() => ID, { description: "The customer's branch" }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The responsible client manager (客户经理负责制)' })
  @Property({ type: 'string', length: 36, nullable: true })
  managerId: string | null = null;
  @Field({ description: 'Who assigned (username)' }) @Property({ type: 'string', length: 100 }) assignedBy!: string;
}

/** 批文前的直销客户走访: a visit of a core customer before approval. */
@ObjectType({ description: 'A visit of a core customer before approval (批文前走访)' })
@Entity({ tableName: 'campaign_customer_visit' })
@Index({ properties: ['campaignId', 'customerId'] })
export class CampaignVisit {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => ID, { description: 'The customer' }) @Property({ type: 'string', length: 36 }) customerId!: string;
  @Field(() => ID, { description: 'The regional work group' }) @Property({ type: 'string', length: 36 }) regionId!: string;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Property({ type: 'string', length: 36, nullable: true }) managerId: string | null = null;
  @Field(() => LocalDateScalar, { description: 'When' }) @Property({ type: 'string', length: 10 }) visitedOn!: string;
  @Field({ description: "What was presented and the customer's needs" }) @Property({ type: 'string', length: 2000 }) notes!: string;
  @Field({ description: 'Who visited (username)' }) @Property({ type: 'string', length: 100 }) visitedBy!: string;
}

/** 路演推介: a roadshow in a region, with attendance. */
@ObjectType({ description: 'A roadshow (路演推介会) in a region after approval, with its attendance' })
@Entity({ tableName: 'campaign_roadshow' })
@Index({ properties: ['campaignId', 'regionId'] })
export class Roadshow {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => ID, { description: 'The regional work group' }) @Property({ type: 'string', length: 36 }) regionId!: string;
  @Field(() => LocalDateScalar, { description: 'When' }) @Property({ type: 'string', length: 10 }) heldOn!: string;
  @Field({ description: 'City' }) @Property({ type: 'string', length: 100 }) city!: string;
  @Field({ description: 'Venue' }) @Property({ type: 'string', length: 200 }) venue!: string;
  @Field(() => [ID], { description: 'Core customers who attended' }) @Property({ type: 'json' }) customerIds: string[] = [];
  @Field(() => Int, { description: 'Everyone attending (core customers and others)' }) @Property({ type: 'integer' }) attendees!: number;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
}

/** 认购意向: a core customer's intention, followed to its outcome. */
@ObjectType({ description: "A customer's subscription intention (认购意向), followed to its outcome" })
@Entity({ tableName: 'campaign_intention' })
@Unique({ properties: ['campaignId', 'customerId'] })
@Index({ properties: ['campaignId', 'regionId'] })
export class SubscriptionIntention {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => ID, { description: 'The customer' }) @Property({ type: 'string', length: 36 }) customerId!: string;
  @Field({ description: "The customer's name" }) @Property({ type: 'string', length: 200 }) customerName!: string;
  @Field(() => ID, { description: 'The regional work group' }) @Property({ type: 'string', length: 36 }) regionId!: string;
  @Field(() => ID, { description: "The customer's branch" }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The responsible client manager' }) @Property({ type: 'string', length: 36, nullable: true }) managerId:
    string | null = null;
  @Field(() => FenScalar, { description: 'The amount the customer intends to subscribe, fen' })
  @Property({ type: new BigIntType('number') })
  intendedFen!: number;
  @Field(() => IntentionStatus, { description: 'Where it stands' }) @Enum({ items: () => IntentionStatus, type: 'string' }) status: IntentionStatus =
    IntentionStatus.OPEN;
  @Field(() => [IntentionFollowUp], { description: 'The follow-ups, oldest first' }) @Property({ type: 'json' }) followUps: IntentionFollowUp[] = [];
  @Field(() => ID, { nullable: true, description: 'The subscription that fulfilled it' })
  @Property({ type: 'string', length: 36, nullable: true })
  subscriptionId: string | null = null;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field(() => LocalDateScalar, { description: 'When it was recorded' }) @Property({ type: 'string', length: 10 }) recordedOn!: string;
}

@ObjectType({ description: 'A follow-up of an intention (落实认购意向)' })
export class IntentionFollowUp {
  @Field(() => LocalDateScalar, { description: 'When' }) on!: string;
  @Field({ description: 'Who (username)' }) by!: string;
  @Field({ description: 'What the customer said' }) note!: string;
}

/** 认购: a subscription recorded during the issue. */
@ObjectType({ description: 'A subscription (认购) recorded during the issue: customer, amount, channel, date' })
@Entity({ tableName: 'campaign_subscription' })
@Index({ properties: ['campaignId', 'subscribedOn'] })
@Index({ properties: ['campaignId', 'customerId'] })
@Index({ properties: ['campaignId', 'managerId'] })
export class Subscription {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => SalesChannel, { description: 'Direct or through an agency' }) @Enum({ items: () => SalesChannel, type: 'string' }) channel!: SalesChannel;
  @Field(() => ID, { nullable: true, description: 'The registered customer (direct sales; an agency customer may be one)' })
  @Property({ type: 'string', length: 36, nullable: true })
  customerId: string | null = null;
  @Field({ description: "The customer's name" }) @Property({ type: 'string', length: 200 }) customerName!: string;
  @Field(() => ID, { nullable: true, description: 'The agency (agency sales)' }) @Property({ type: 'string', length: 36, nullable: true }) agencyId:
    string | null = null;
  @Field(() => ID, { description: 'The regional work group credited' }) @Property({ type: 'string', length: 36 }) regionId!: string;
  @Field(() => ID, { nullable: true, description: "The customer's branch (direct sales)" }) @Property({ type: 'string', length: 36, nullable: true }) branchId:
    string | null = null;
  @Field(() => ID, { nullable: true, description: 'The responsible client manager (direct sales)' })
  @Property({ type: 'string', length: 36, nullable: true })
  managerId: string | null = null;
  @Field(() => FenScalar, { description: 'Amount subscribed, fen' }) @Property({ type: new BigIntType('number') }) amountFen!: number;
  @Field(() => LocalDateScalar, { description: 'The day of the subscription' }) @Property({ type: 'string', length: 10 }) subscribedOn!: string;
  @Field({ description: "The customer's first subscription in this issue (首次认购)" }) @Property({ type: 'boolean' }) first!: boolean;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field({ description: 'When it was recorded' }) @Property({ type: 'datetime' }) recordedAt: Date = new Date();
}

/** 上门开户及认购服务: for a first subscription over 5,000,000 yuan, assigned and tracked to done. */
@ObjectType({ description: 'A door-to-door service request (上门开户及认购服务) for a first subscription over 5,000,000 yuan' })
@Entity({ tableName: 'campaign_service_request' })
@Unique({ properties: ['subscriptionId'] })
@Index({ properties: ['campaignId', 'status'] })
export class ServiceRequest {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => ID, { description: 'The subscription that entitles it' }) @Property({ type: 'string', length: 36 }) subscriptionId!: string;
  @Field(() => ID, { description: 'The customer' }) @Property({ type: 'string', length: 36 }) customerId!: string;
  @Field({ description: "The customer's name" }) @Property({ type: 'string', length: 200 }) customerName!: string;
  @Field(() => ID, { description: 'The regional work group' }) @Property({ type: 'string', length: 36 }) regionId!: string;
  @Field(() => ID, { description: "The customer's branch" }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The responsible client manager' }) @Property({ type: 'string', length: 36, nullable: true }) managerId:
    string | null = null;
  @Field(() => ServiceRequestStatus, { description: 'Where it stands' })
  @Enum({ items: () => ServiceRequestStatus, type: 'string' })
  status: ServiceRequestStatus = ServiceRequestStatus.OPEN;
  @Field({ description: 'What is to be done (address, time agreed)' }) @Property({ type: 'string', length: 1000 }) note!: string;
  @Field({ description: 'Who opened it (username)' }) @Property({ type: 'string', length: 100 }) openedBy!: string;
  @Field({ description: 'When' }) @Property({ type: 'datetime' }) openedAt: Date = new Date();
  @Field(() => ID, { nullable: true, description: 'The employee assigned' }) @Property({ type: 'string', length: 36, nullable: true }) assigneeId:
    string | null = null;
  @Field(() => Date, { nullable: true, description: 'When it was done' }) @Property({ type: 'datetime', nullable: true }) doneAt: Date | null = null;
  @Field(() => String, { nullable: true, description: 'How it was done' }) @Property({ type: 'string', length: 1000, nullable: true }) doneNote: string | null =
    null;
  @Property({ version: true, type: 'integer' }) version = 1;
}

/** 动态调配: staff or materials moved between regions, with the reason. */
@ObjectType({ description: 'A reallocation (动态调配) of staff or materials between regions by the roadshow leadership, with its reason' })
@Entity({ tableName: 'campaign_reallocation' })
@Index({ properties: ['campaignId'] })
export class Reallocation {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The campaign' }) @Property({ type: 'string', length: 36 }) campaignId!: string;
  @Field(() => ReallocationKind, { description: 'Staff or materials' }) @Enum({ items: () => ReallocationKind, type: 'string' }) kind!: ReallocationKind;
  @Field(() => ID, { description: 'From the regional group' }) @Property({ type: 'string', length: 36 }) fromRegionId!: string;
  @Field(() => ID, { description: 'To the regional group' }) @Property({ type: 'string', length: 36 }) toRegionId!: string;
  @Field(() => [ID], { description: 'The employees moved (STAFF)' }) @Property({ type: 'json' }) employeeIds: string[] = [];
  @Field(() => String, { nullable: true, description: 'The materials moved (MATERIALS), e.g. 宣传折页 2000 份' })
  @Property({ type: 'string', length: 500, nullable: true })
  materials: string | null = null;
  @Field({ description: 'Why (from the sales figures)' }) @Property({ type: 'string', length: 1000 }) reason!: string;
  @Field({ description: 'Who decided (username)' }) @Property({ type: 'string', length: 100 }) decidedBy!: string;
  @Field({ description: 'When' }) @Property({ type: 'datetime' }) decidedAt: Date = new Date();
}
