import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, decodeCursor, FenScalar, ForbiddenError, LocalDateScalar, PageInput, localDate, toPage, type RequestContext } from '@bg/graphql';
import { campaignView, viewFilter } from './campaign-access';
import { Campaign, CampaignMember, CampaignPhase, CampaignPhaseChange, CampaignRegion, CampaignRegionCode, CampaignUnit } from './campaign.entity';
import { Agency } from './agency.entity';
import {
  CampaignVisit,
  CoreCustomer,
  IntentionStatus,
  Reallocation,
  Roadshow,
  SalesChannel,
  ServiceRequest,
  ServiceRequestStatus,
  Subscription,
  SubscriptionIntention,
} from './direct.entity';
import { CampaignEvaluation } from './report.entity';
import { advancePhase, createCampaign, staffCampaign, type CampaignContext } from './campaign.service';
import { campaignDailyReport, campaignEvaluation } from './report.service';
import { contextFor } from './context';

@InputType({ description: 'A regional work group of a new campaign' })
class CampaignRegionInput {
  @Field(() => CampaignRegionCode, { description: 'Which region' }) region!: CampaignRegionCode;
  @Field(() => [ID], { description: 'The branches it covers' }) branchIds!: string[];
  @Field(() => FenScalar, { nullable: true, description: "The region's sales target, fen (optional)" }) targetFen?: number | null;
}

@InputType({ description: 'A new product issue campaign' })
class CampaignInput {
  @Field({ description: 'A code (e.g. JH-2026-01)' }) code!: string;
  @Field({ description: "The plan's name" }) name!: string;
  @Field(() => FenScalar, { description: 'The sales target, fen' }) targetFen!: number;
  @Field(() => LocalDateScalar, { description: 'The issue announcement date (发行公告)' }) announcementOn!: string;
  @Field(() => LocalDateScalar, { description: 'First day of the issue' }) issueStartsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the issue' }) issueEndsOn!: string;
  @Field(() => [CampaignRegionInput], { description: 'The regional work groups' }) regions!: CampaignRegionInput[];
}

@InputType({ description: 'A named employee in a unit of the campaign' })
class CampaignMemberInput {
  @Field(() => ID, { description: 'The employee' }) employeeId!: string;
  @Field(() => CampaignUnit, { description: 'The unit' }) unit!: CampaignUnit;
  @Field(() => CampaignRegionCode, { nullable: true, description: 'The region (REGION members)' }) region?: CampaignRegionCode | null;
  @Field(() => Boolean, { nullable: true, description: 'The head of the roadshow leadership group' }) head?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The department the member is drawn from' }) department?: string | null;
}

@ObjectType({ description: 'Product issue campaigns, a page' })
class CampaignConnection extends Connection(Campaign) {}
@ObjectType({ description: 'Core customers, a page' })
export class CoreCustomerConnection extends Connection(CoreCustomer) {}
@ObjectType({ description: 'Subscription intentions, a page' })
export class SubscriptionIntentionConnection extends Connection(SubscriptionIntention) {}
@ObjectType({ description: 'Subscriptions, a page' })
export class SubscriptionConnection extends Connection(Subscription) {}
@ObjectType({ description: 'Door-to-door service requests, a page' })
export class ServiceRequestConnection extends Connection(ServiceRequest) {}
@ObjectType({ description: 'Agencies, a page' })
export class AgencyConnection extends Connection(Agency) {}

@ObjectType({ description: 'A line of the daily sales report: the day, the day before, the change, the total so far against the target' })
class CampaignReportLine {
  @Field({ description: 'Region, branch, agency id or channel' }) key!: string;
  @Field({ description: 'Its name' }) name!: string;
  @Field(() => FenScalar, { description: "The day's sales, fen" }) dayFen!: number;
  @Field(() => FenScalar, { description: "The previous day's sales, fen" }) previousDayFen!: number;
  @Field(() => FenScalar, { description: "The day's change against the previous day, fen" }) changeFen!: number;
  @Field(() => FenScalar, { description: 'Sales from the start of the issue to the day, fen' }) cumulativeFen!: number;
  @Field(() => Int, { description: "The day's subscriptions" }) daySubscriptions!: number;
  @Field(() => Int, { description: 'Subscriptions to the day' }) subscriptions!: number;
  @Field(() => FenScalar, { nullable: true, description: 'The target, fen (campaign or region; null where none is set)' }) targetFen!: number | null;
  @Field(() => Int, { nullable: true, description: 'Sales to the day against the target, basis points (10000 = 100%)' }) attainmentBp!: number | null;
}

@ObjectType({
  description: "The daily sales report to head office (R-7.3): per region, branch, agency and channel against the campaign's target, with the day's change",
})
class CampaignDailyReport {
  @Field(() => ID, { description: 'The campaign' }) campaignId!: string;
  @Field(() => LocalDateScalar, { description: 'The day reported' }) date!: string;
  @Field(() => CampaignReportLine, { description: 'The total (of what the caller sees)' }) total!: CampaignReportLine;
  @Field(() => [CampaignReportLine], { description: 'Per regional work group' }) byRegion!: CampaignReportLine[];
  @Field(() => [CampaignReportLine], { description: 'Per branch (direct sales), best first' }) byBranch!: CampaignReportLine[];
  @Field(() => [CampaignReportLine], { description: 'Per agency, best first' }) byAgency!: CampaignReportLine[];
  @Field(() => [CampaignReportLine], { description: 'Per channel (直销/代销)' }) byChannel!: CampaignReportLine[];
}

@ObjectType({ description: "A region's line of the cross-region evaluation (R-7.4)" })
class RegionEvaluationLine {
  @Field(() => ID, { description: 'The regional work group' }) regionId!: string;
  @Field({ description: 'Its name' }) name!: string;
  @Field(() => FenScalar, { description: 'Sales, fen' }) salesFen!: number;
  @Field(() => FenScalar, { description: 'Direct sales, fen' }) directFen!: number;
  @Field(() => FenScalar, { description: 'Agency sales, fen' }) agencyFen!: number;
  @Field(() => Int, { description: 'Subscriptions' }) subscriptions!: number;
  @Field(() => FenScalar, { nullable: true, description: 'Target, fen' }) targetFen!: number | null;
  @Field(() => Int, { nullable: true, description: 'Sales against target, basis points' }) attainmentBp!: number | null;
  @Field(() => Int, { description: 'Door-to-door service requests opened' }) serviceRequests!: number;
  @Field(() => Int, { description: 'Door-to-door service requests done' }) serviceRequestsDone!: number;
  @Field(() => Int, { nullable: true, description: 'The overall score (mean of organisation, sales, customer service), once evaluated' }) overall!:
    number | null;
  @Field(() => Int, { description: 'Rank by sales (1 = best)' }) salesRank!: number;
  @Field(() => Int, { nullable: true, description: 'Rank by overall score, once evaluated' }) overallRank!: number | null;
  @Field(() => String, { nullable: true, description: "The region's summary (总结)" }) summary!: string | null;
}

@ObjectType({ description: "An agency's line of the post-issue evaluation" })
class AgencyEvaluationLine {
  @Field(() => ID, { description: 'The agency' }) agencyId!: string;
  @Field({ description: 'Its name' }) name!: string;
  @Field(() => ID, { description: 'Its region' }) regionId!: string;
  @Field(() => FenScalar, { description: 'Sales, fen' }) salesFen!: number;
  @Field(() => Int, { description: 'Subscriptions' }) subscriptions!: number;
  @Field(() => Int, { description: 'Required fixes from patrols still open' }) openFixes!: number;
  @Field(() => CampaignEvaluation, { nullable: true, description: 'Its evaluation, once given' }) evaluation!: CampaignEvaluation | null;
}

@ObjectType({ description: 'The post-issue evaluation compared across regions and agencies at head office (R-7.4)' })
class CampaignEvaluationReport {
  @Field(() => [RegionEvaluationLine], { description: 'Per region' }) regions!: RegionEvaluationLine[];
  @Field(() => [AgencyEvaluationLine], { description: 'Per agency' }) agencies!: AgencyEvaluationLine[];
}

@ArgsType()
class PageArgs {
  @Field(() => PageInput, { nullable: true, description: 'The page' }) page?: PageInput;
}

@ArgsType()
class CustomerListArgs extends PageArgs {
  @Field(() => CampaignRegionCode, { nullable: true, description: 'Only this region' }) region?: CampaignRegionCode | null;
}

@ArgsType()
class IntentionListArgs extends CustomerListArgs {
  @Field(() => IntentionStatus, { nullable: true, description: 'Only this status' }) status?: IntentionStatus | null;
}

@ArgsType()
class SubscriptionListArgs extends CustomerListArgs {
  @Field(() => SalesChannel, { nullable: true, description: 'Only this channel' }) channel?: SalesChannel | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only this day' }) date?: string | null;
}

@ArgsType()
class ServiceRequestListArgs extends CustomerListArgs {
  @Field(() => ServiceRequestStatus, { nullable: true, description: 'Only this status' }) status?: ServiceRequestStatus | null;
}

/** The filter of a customer-facing list: the caller's view, and the region asked for (refused if outside the view). */
export function customerWhere<T>(ctx: CampaignContext, region?: string | null): FilterQuery<T> {
  const where: Record<string, unknown> = { campaignId: ctx.campaign.id, ...(viewFilter(ctx.view) ?? {}) };
  if (region) {
    const r = ctx.regions.find((x) => x.region === region);
    if (!r) return { ...where, regionId: '\u0000' } as unknown as FilterQuery<T>;
    if (ctx.view.kind === 'regions' && !ctx.view.regionIds.includes(r.id))
      throw new ForbiddenError(`You see the customers of your own region only, not of ${r.name}`);
    where.regionId = r.id;
  }
  return where as FilterQuery<T>;
}

async function paged<T extends object>(
  rc: RequestContext,
  entity: new () => T,
  where: FilterQuery<T>,
  page: PageInput | undefined,
  orderBy: Record<string, 'asc' | 'desc'>,
) {
  const offset = decodeCursor(page?.after);
  const [nodes, total] = await rc.em.findAndCount(entity, where, { orderBy: orderBy as never, limit: page?.first ?? 50, offset });
  return toPage(nodes, total, offset);
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized('campaign-staff')
  @Mutation(() => Campaign, { description: 'Set up a product issue campaign (R-7.1) with its regional work groups: head-office marketing (campaign-staff)' })
  createCampaign(@Arg('input', { description: 'The campaign' }) input: CampaignInput, @Ctx() { em, principal }: RequestContext) {
    return createCampaign(em, principal, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => [CampaignMember], {
    description:
      "Staff the campaign as a whole (replaces the staffing): the work group's three groups, the roadshow leadership group with its head, the regional work groups",
  })
  staffCampaign(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('members', () => [CampaignMemberInput], { description: 'Every member' }) members: CampaignMemberInput[],
    @Ctx() { em, principal }: RequestContext,
  ) {
    return staffCampaign(em, principal, campaignId, members);
  }

  @Authorized('campaign-staff')
  @Mutation(() => Campaign, {
    description: 'Move the campaign to its next phase (closing it publishes CampaignClosed; open intentions lapse). For the roles campaign-staff',
  })
  advanceCampaignPhase(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('to', () => CampaignPhase, { description: 'The next phase' }) to: CampaignPhase,
    @Arg('comment', { defaultValue: '', description: 'A comment (e.g. the approval document number)' }) comment: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return advancePhase(em, principal, campaignId, to, comment);
  }

  @Authorized()
  @Query(() => CampaignConnection, {
    description: 'Product issue campaigns, newest first (head office, campaign staff, branch staff and client managers for their part)',
  })
  async campaigns(@Args() { page }: PageArgs, @Ctx() rc: RequestContext) {
    if (campaignView(rc.principal, []).kind === 'none') throw new ForbiddenError('Your role does not let you see product issue campaigns');
    return paged(rc, Campaign, {}, page, { createdAt: 'desc', id: 'asc' });
  }

  @Authorized()
  @Query(() => Campaign, { description: 'A product issue campaign. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)' })
  async campaign(@Arg('id', () => ID, { description: 'The campaign' }) id: string, @Ctx() rc: RequestContext) {
    return (await contextFor(rc, id)).campaign;
  }

  @Authorized()
  @Query(() => CampaignDailyReport, {
    description:
      "The daily sales report (R-7.3) for a day (default today): per region, branch, agency and channel against the target with the day's change. Head office and the work group all of it; a regional group member their region; branch staff their branch",
  })
  async campaignDailyReport(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('date', () => LocalDateScalar, { nullable: true, description: 'The day (default today)' }) date: string | null,
    @Ctx() rc: RequestContext,
  ) {
    return campaignDailyReport(rc.em, await contextFor(rc, campaignId), date ?? localDate());
  }

  @Authorized()
  @Query(() => CampaignEvaluationReport, { description: 'The post-issue evaluation compared across regions and agencies (R-7.4): head office' })
  async campaignEvaluation(@Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string, @Ctx() rc: RequestContext) {
    return campaignEvaluation(rc.em, await contextFor(rc, campaignId));
  }

  @FieldResolver(() => [CampaignRegion], { description: 'The regional work groups' })
  async regions(@Root() c: Campaign, @Ctx() rc: RequestContext) {
    return (await contextFor(rc, c.id)).regions;
  }

  @FieldResolver(() => [CampaignMember], { description: 'The staffing: work group, roadshow leadership (with its head), regional groups' })
  async members(@Root() c: Campaign, @Ctx() rc: RequestContext) {
    return (await contextFor(rc, c.id)).staffing;
  }

  @FieldResolver(() => [CampaignPhaseChange], { description: 'The phases it went through, oldest first' })
  phaseHistory(@Root() c: Campaign, @Ctx() { em }: RequestContext) {
    return em.find(CampaignPhaseChange, { campaignId: c.id }, { orderBy: { changedAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => AgencyConnection, { description: 'The agencies (代销机构): head office and the work group all; a regional group member their region’s' })
  async agencies(@Root() c: Campaign, @Args() { page }: CustomerListArgs, @Ctx() rc: RequestContext) {
    const ctx = await contextFor(rc, c.id);
    const v = ctx.view;
    if (v.kind !== 'all' && v.kind !== 'regions') throw new ForbiddenError('Agencies are seen by head office and the campaign staff');
    return paged(rc, Agency, { campaignId: c.id, ...(v.kind === 'regions' ? { regionId: { $in: v.regionIds } } : {}) }, page, { name: 'asc' });
  }

  @FieldResolver(() => CoreCustomerConnection, {
    description: 'Core customers, by the caller’s view: a region’s members their region; branch staff their branch; a client manager their own',
  })
  async coreCustomers(@Root() c: Campaign, @Args() { page, region }: CustomerListArgs, @Ctx() rc: RequestContext) {
    return paged(rc, CoreCustomer, customerWhere(await contextFor(rc, c.id), region), page, { customerName: 'asc', id: 'asc' });
  }

  @FieldResolver(() => SubscriptionIntentionConnection, { description: 'Subscription intentions and their outcome, by the caller’s view' })
  async intentions(@Root() c: Campaign, @Args() { page, region, status }: IntentionListArgs, @Ctx() rc: RequestContext) {
    const where = customerWhere<SubscriptionIntention>(await contextFor(rc, c.id), region);
    return paged(rc, SubscriptionIntention, status ? { ...(where as object), status } : where, page, { recordedOn: 'desc', id: 'asc' });
  }

  @FieldResolver(() => SubscriptionConnection, {
    description: 'Subscriptions, newest first, by the caller’s view (branch staff and client managers: direct sales of their branch / own customers)',
  })
  async subscriptions(@Root() c: Campaign, @Args() { page, region, channel, date }: SubscriptionListArgs, @Ctx() rc: RequestContext) {
    const where = customerWhere<Subscription>(await contextFor(rc, c.id), region) as Record<string, unknown>;
    if (channel) where.channel = channel;
    if (date) where.subscribedOn = date;
    return paged(rc, Subscription, where as FilterQuery<Subscription>, page, { subscribedOn: 'desc', recordedAt: 'desc', id: 'asc' });
  }

  @FieldResolver(() => ServiceRequestConnection, { description: 'Door-to-door service requests, by the caller’s view' })
  async serviceRequests(@Root() c: Campaign, @Args() { page, region, status }: ServiceRequestListArgs, @Ctx() rc: RequestContext) {
    const where = customerWhere<ServiceRequest>(await contextFor(rc, c.id), region) as Record<string, unknown>;
    if (status) where.status = status;
    return paged(rc, ServiceRequest, where as FilterQuery<ServiceRequest>, page, { openedAt: 'desc', id: 'asc' });
  }

  @FieldResolver(() => [CampaignVisit], { description: 'Visits of core customers before approval, by the caller’s view' })
  async visits(
    @Root() c: Campaign,
    @Arg('region', () => CampaignRegionCode, { nullable: true, description: 'Only this region' }) region: string | null,
    @Ctx() rc: RequestContext,
  ) {
    return rc.em.find(CampaignVisit, customerWhere<CampaignVisit>(await contextFor(rc, c.id), region), {
      orderBy: { visitedOn: 'desc', id: 'asc' },
      limit: 200,
    });
  }

  @FieldResolver(() => [Roadshow], { description: 'Roadshows with their attendance (head office, the campaign staff; a region’s members their region)' })
  async roadshows(@Root() c: Campaign, @Ctx() rc: RequestContext) {
    const v = (await contextFor(rc, c.id)).view;
    if (v.kind !== 'all' && v.kind !== 'regions') throw new ForbiddenError('Roadshows are seen by head office and the campaign staff');
    return rc.em.find(
      Roadshow,
      { campaignId: c.id, ...(v.kind === 'regions' ? { regionId: { $in: v.regionIds } } : {}) },
      { orderBy: { heldOn: 'asc', id: 'asc' } },
    );
  }

  @FieldResolver(() => [Reallocation], { description: 'Reallocations of staff and materials between regions, with their reasons' })
  async reallocations(@Root() c: Campaign, @Ctx() rc: RequestContext) {
    const v = (await contextFor(rc, c.id)).view;
    if (v.kind !== 'all' && v.kind !== 'regions') throw new ForbiddenError('Reallocations are seen by head office and the campaign staff');
    return rc.em.find(Reallocation, { campaignId: c.id }, { orderBy: { decidedAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [CampaignEvaluation], { description: 'The post-issue summaries and evaluations (head office)' })
  async evaluations(@Root() c: Campaign, @Ctx() rc: RequestContext) {
    if ((await contextFor(rc, c.id)).view.kind !== 'all') throw new ForbiddenError('Evaluations are read at head office');
    return rc.em.find(CampaignEvaluation, { campaignId: c.id }, { orderBy: { subject: 'asc', subjectId: 'asc' } });
  }
}
