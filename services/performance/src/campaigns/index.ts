/** R-7 product issue campaigns (集合资产管理计划发行): entities and resolvers, for service.ts. */
import { Campaign, CampaignMember, CampaignPhaseChange, CampaignRegion } from './campaign.entity';
import { Agency, AgencyOutlet, AgencyPatrol, AgencyTraining, MaterialDelivery, PatrolFix, QualificationReview } from './agency.entity';
import { CampaignVisit, CoreCustomer, Reallocation, Roadshow, ServiceRequest, Subscription, SubscriptionIntention } from './direct.entity';
import { CampaignDailySales, CampaignEvaluation } from './report.entity';
import { KnownCustomer } from './customers';
export { CUSTOMER_TOPICS, customerHandlers } from './customers';
export { seedDemoCampaign } from './demo';
import { CampaignResolver } from './campaign.resolver';
import { AgencyPatrolResolver, AgencyResolver } from './agency.resolver';
import { DirectSalesResolver } from './direct.resolver';
import { CoreCustomerRefResolver, IntentionCustomerRefResolver, ServiceRequestCustomerRefResolver, SubscriptionCustomerRefResolver } from './customer-ref';

export const CAMPAIGN_ENTITIES = [
  Campaign,
  CampaignPhaseChange,
  CampaignRegion,
  CampaignMember,
  Agency,
  AgencyOutlet,
  QualificationReview,
  AgencyTraining,
  MaterialDelivery,
  AgencyPatrol,
  PatrolFix,
  CoreCustomer,
  CampaignVisit,
  Roadshow,
  SubscriptionIntention,
  Subscription,
  ServiceRequest,
  Reallocation,
  CampaignDailySales,
  CampaignEvaluation,
  KnownCustomer,
];

export const CAMPAIGN_RESOLVERS = [
  CampaignResolver,
  AgencyResolver,
  AgencyPatrolResolver,
  DirectSalesResolver,
  CoreCustomerRefResolver,
  IntentionCustomerRefResolver,
  SubscriptionCustomerRefResolver,
  ServiceRequestCustomerRefResolver,
] as const;
