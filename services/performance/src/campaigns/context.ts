import type { RequestContext } from '@bg/graphql';
import { campaignContext, type CampaignContext } from './campaign.service';

/** The campaign's context (regions, staffing, the caller's view), once per campaign and request. */
export function contextFor(rc: RequestContext, campaignId: string): Promise<CampaignContext> {
  return rc.loaders
    .get<string, CampaignContext | Error>('campaign#context', (ids) =>
      Promise.all(ids.map((id) => campaignContext(rc.em, rc.principal, id).catch((e: Error) => e))),
    )
    .load(campaignId) as Promise<CampaignContext>;
}
