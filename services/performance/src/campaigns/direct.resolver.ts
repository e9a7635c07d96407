import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { FenScalar, LocalDateScalar, type RequestContext } from '@bg/graphql';
import { CampaignRegionCode } from './campaign.entity';
import {
  CampaignVisit,
  CoreCustomer,
  IntentionStatus,
  Reallocation,
  ReallocationKind,
  Roadshow,
  SalesChannel,
  ServiceRequest,
  Subscription,
  SubscriptionIntention,
} from './direct.entity';
import { CampaignEvaluation, EvaluationSubject } from './report.entity';
import {
  assignCoreCustomers,
  assignServiceRequest,
  completeServiceRequest,
  evaluate,
  followUpIntention,
  openServiceRequest,
  reallocate,
  recordIntention,
  recordRoadshow,
  recordSubscription,
  recordVisit,
} from './campaign.service';

@InputType({ description: 'A visit of a core customer before approval' })
class CampaignVisitInput {
  @Field(() => ID, { description: 'The core customer' }) customerId!: string;
  @Field(() => LocalDateScalar, { description: 'When' }) visitedOn!: string;
  @Field({ description: "What was presented and the customer's needs" }) notes!: string;
}

@InputType({ description: 'A roadshow in a region' })
class RoadshowInput {
  @Field(() => CampaignRegionCode, { description: 'The region' }) region!: CampaignRegionCode;
  @Field(() => LocalDateScalar, { description: 'When' }) heldOn!: string;
  @Field({ description: 'City' }) city!: string;
  @Field({ description: 'Venue' }) venue!: string;
  @Field(() => [ID], { defaultValue: [], description: 'Core customers who attended' }) customerIds!: string[];
  @Field(() => Int, { description: 'Everyone attending' }) attendees!: number;
}

@InputType({ description: "A core customer's subscription intention" })
class IntentionInput {
  @Field(() => ID, { description: 'The core customer' }) customerId!: string;
  @Field(() => FenScalar, { description: 'The amount intended, fen' }) intendedFen!: number;
  @Field({ defaultValue: '', description: 'What the customer said' }) note!: string;
}

@InputType({ description: 'A follow-up of an intention' })
class IntentionFollowUpInput {
  @Field({ description: 'What the customer said' }) note!: string;
  @Field(() => LocalDateScalar, { description: 'When' }) on!: string;
  @Field(() => IntentionStatus, { nullable: true, description: 'DECLINED ends it; leave out to keep following' }) outcome?: IntentionStatus | null;
}

@InputType({ description: 'A subscription (认购)' })
class SubscriptionInput {
  @Field(() => SalesChannel, { description: 'Direct or agency' }) channel!: SalesChannel;
  @Field(() => ID, { nullable: true, description: 'The registered customer (required for direct sales)' }) customerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The agency (agency sales)' }) agencyId?: string | null;
  @Field(() => String, { nullable: true, description: "The agency's customer, when not a registered one" }) customerName?: string | null;
  @Field(() => FenScalar, { description: 'Amount, fen' }) amountFen!: number;
  @Field(() => LocalDateScalar, { description: 'The day' }) subscribedOn!: string;
}

@InputType({ description: 'A reallocation between regions' })
class ReallocationInput {
  @Field(() => ReallocationKind, { description: 'Staff or materials' }) kind!: ReallocationKind;
  @Field(() => CampaignRegionCode, { description: 'From' }) fromRegion!: CampaignRegionCode;
  @Field(() => CampaignRegionCode, { description: 'To' }) toRegion!: CampaignRegionCode;
  @Field(() => [ID], { defaultValue: [], description: 'The regional members who move (STAFF)' }) employeeIds!: string[];
  @Field(() => String, { nullable: true, description: 'The materials that move (MATERIALS)' }) materials?: string | null;
  @Field({ description: 'Why (from the sales figures)' }) reason!: string;
}

@InputType({ description: 'A post-issue evaluation of a region or an agency' })
class CampaignEvaluationInput {
  @Field(() => EvaluationSubject, { description: 'Region or agency' }) subject!: EvaluationSubject;
  @Field(() => CampaignRegionCode, { nullable: true, description: 'The region (REGION)' }) region?: CampaignRegionCode | null;
  @Field(() => ID, { nullable: true, description: 'The agency (AGENCY)' }) agencyId?: string | null;
  @Field(() => Int, { description: '发行组织安排, 0-100' }) organisationScore!: number;
  @Field(() => Int, { description: '销售业绩, 0-100' }) salesScore!: number;
  @Field(() => Int, { description: '客户服务, 0-100' }) customerServiceScore!: number;
  @Field({ description: 'The summary (总结)' }) summary!: string;
}

@Resolver()
export class DirectSalesResolver {
  @Authorized('campaign-staff')
  @Mutation(() => [CoreCustomer], {
    description:
      "Assign registered customers to a regional work group as the campaign's core customers (the region's members or head-office marketing). For the roles campaign-staff",
  })
  assignCoreCustomers(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('region', () => CampaignRegionCode, { description: 'The regional work group' }) region: CampaignRegionCode,
    @Arg('customerIds', () => [ID], { description: 'Registered customers' }) customerIds: string[],
    @Ctx() { em, principal }: RequestContext,
  ) {
    return assignCoreCustomers(em, principal, campaignId, region, customerIds);
  }

  @Authorized('campaign-staff')
  @Mutation(() => CampaignVisit, { description: 'Record a visit of a core customer before approval (批文前走访). For the roles campaign-staff' })
  recordCampaignVisit(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('input', { description: 'The visit' }) input: CampaignVisitInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return recordVisit(em, principal, campaignId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => Roadshow, { description: 'Record a roadshow in a region after approval, with attendance. For the roles campaign-staff' })
  recordRoadshow(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('input', { description: 'The roadshow' }) input: RoadshowInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return recordRoadshow(em, principal, campaignId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => SubscriptionIntention, { description: "Record a core customer's subscription intention (认购意向). For the roles campaign-staff" })
  recordSubscriptionIntention(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('input', { description: 'The intention' }) input: IntentionInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return recordIntention(em, principal, campaignId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => SubscriptionIntention, { description: 'Follow up an intention (落实认购意向); DECLINED ends it. For the roles campaign-staff' })
  followUpIntention(
    @Arg('intentionId', () => ID, { description: 'The intention' }) intentionId: string,
    @Arg('input', { description: 'The follow-up' }) input: IntentionFollowUpInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return followUpIntention(em, principal, intentionId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => Subscription, {
    description:
      'Record a subscription during the issue (direct: the region’s members or head-office marketing; agency: head-office marketing, for a qualified agency with a signed agreement). Publishes SubscriptionRecorded. For the roles campaign-staff',
  })
  recordSubscription(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('input', { description: 'The subscription' }) input: SubscriptionInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return recordSubscription(em, principal, campaignId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => ServiceRequest, {
    description:
      'Open a door-to-door service request (上门服务) for a first subscription over 5,000,000 yuan. Publishes ServiceRequestOpened. For the roles campaign-staff',
  })
  openServiceRequest(
    @Arg('subscriptionId', () => ID, { description: 'The subscription' }) subscriptionId: string,
    @Arg('note', { description: 'What is to be done (address, time agreed)' }) note: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return openServiceRequest(em, principal, subscriptionId, note);
  }

  @Authorized('campaign-staff')
  @Mutation(() => ServiceRequest, { description: 'Assign a service request to an employee. For the roles campaign-staff' })
  assignServiceRequest(
    @Arg('id', () => ID, { description: 'The request' }) id: string,
    @Arg('employeeId', () => ID, { description: 'Who serves the customer' }) employeeId: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return assignServiceRequest(em, principal, id, employeeId);
  }

  @Authorized('campaign-staff')
  @Mutation(() => ServiceRequest, { description: 'Mark an assigned service request done. For the roles campaign-staff' })
  completeServiceRequest(
    @Arg('id', () => ID, { description: 'The request' }) id: string,
    @Arg('note', { description: 'How it was done' }) note: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return completeServiceRequest(em, principal, id, note);
  }

  @Authorized('campaign-staff')
  @Mutation(() => Reallocation, { description: 'Reallocate staff or materials between regions, with the reason (the roadshow leadership group)' })
  reallocateCampaignResources(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('input', { description: 'The reallocation' }) input: ReallocationInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return reallocate(em, principal, campaignId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => CampaignEvaluation, {
    description: 'Record the post-issue summary and evaluation of a region or an agency (after the close; again to revise it). For the roles campaign-staff',
  })
  evaluateCampaign(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('input', { description: 'The evaluation' }) input: CampaignEvaluationInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return evaluate(em, principal, campaignId, {
      subject: input.subject,
      region: input.region,
      agencyId: input.agencyId,
      scores: { organisation: input.organisationScore, sales: input.salesScore, customerService: input.customerServiceScore },
      summary: input.summary,
    });
  }
}
