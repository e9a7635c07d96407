/**
 * Reporting to head office: the daily sales report from the maintained aggregate
 * (campaign_daily_sales: one row per day, region, branch, agency and channel), and the cross-region
 * evaluation. Both read only the sums, never the subscriptions one by one.
 */
import type { EntityManager } from '@mikro-orm/core';
import { placeholders, selectRows } from '@bg/db';
import { addDays, ForbiddenError } from '@bg/graphql';
import { KnownUnit } from '@bg/service';
import { compareRegions, dailyReport, type DailyReportFigures, type RankedRegion, type ReportLine, type SalesSums } from './campaign-rules';
import type { CampaignContext } from './campaign.service';
import { Agency, AgencyPatrol, PatrolFix, PatrolFixStatus } from './agency.entity';
import { CampaignEvaluation, EvaluationSubject } from './report.entity';
import { ServiceRequest, ServiceRequestStatus } from './direct.entity';

export interface NamedLine extends ReportLine {
  name: string;
}
export interface DailyReport {
  campaignId: string;
  date: string;
  total: NamedLine;
  byRegion: NamedLine[];
  byBranch: NamedLine[];
  byAgency: NamedLine[];
  byChannel: NamedLine[];
}

type SumRow = {
  region_id: string;
  branch_key: string;
  agency_key: string;
  channel: 'DIRECT' | 'AGENCY';
  day_fen: string | number | null;
  prev_fen: string | number | null;
  cum_fen: string | number | null;
  day_n: string | number | null;
  n: string | number | null;
};

/** The sums through a date per region, branch, agency and channel, limited to the caller's view. */
export async function salesSums(em: EntityManager, ctx: CampaignContext, date: string): Promise<SalesSums[]> {
  const where: string[] = ['campaign_id = ?', 'sales_date <= ?'];
  const params: unknown[] = [date, addDays(date, -1), date, ctx.campaign.id, date];
  const v = ctx.view;
  if (v.kind === 'regions') {
    where.push(`region_id in (${placeholders(v.regionIds.length)})`);
    params.push(...v.regionIds);
  } else if (v.kind === 'branch') {
    where.push('branch_key = ?');
    params.push(v.branchId);
  } else if (v.kind !== 'all') throw new ForbiddenError("The campaign's sales report is for head office, the regional work groups and the branches");
  const rows = await selectRows<SumRow>(
    em,
    `select region_id, branch_key, agency_key, channel,
       sum(case when sales_date = ? then amount_fen else 0 end) day_fen,
       sum(case when sales_date = ? then amount_fen else 0 end) prev_fen,
       sum(amount_fen) cum_fen,
       sum(case when sales_date = ? then subscriptions else 0 end) day_n,
       sum(subscriptions) n
     from campaign_daily_sales where ${where.join(' and ')}
     group by region_id, branch_key, agency_key, channel`,
    params,
  );
  return rows.map((r) => ({
    regionId: r.region_id,
    branchId: r.branch_key || null,
    agencyId: r.agency_key || null,
    channel: r.channel,
    dayFen: Number(r.day_fen ?? 0),
    previousDayFen: Number(r.prev_fen ?? 0),
    cumulativeFen: Number(r.cum_fen ?? 0),
    daySubscriptions: Number(r.day_n ?? 0),
    subscriptions: Number(r.n ?? 0),
  }));
}

const CHANNEL_NAMES: Record<string, string> = { DIRECT: '直销', AGENCY: '代销' };

export async function campaignDailyReport(em: EntityManager, ctx: CampaignContext, date: string): Promise<DailyReport> {
  const sums = await salesSums(em, ctx, date);
  const v = ctx.view;
  const regions =
    v.kind === 'regions'
      ? ctx.regions.filter((r) => v.regionIds.includes(r.id))
      : v.kind === 'branch'
        ? ctx.regions.filter((r) => r.branchIds.includes(v.branchId))
        : ctx.regions;
  const campaignTarget = v.kind === 'all' ? ctx.campaign.targetFen : v.kind === 'regions' ? regions.reduce((s, r) => s + (r.targetFen ?? 0), 0) : 0;
  const figures: DailyReportFigures = dailyReport(
    sums,
    { campaignFen: campaignTarget, regionFen: new Map(ctx.regions.map((r) => [r.id, v.kind === 'branch' ? null : r.targetFen])) },
    regions.map((r) => r.id),
  );
  const agencyIds = figures.byAgency.map((l) => l.key);
  const branchIds = figures.byBranch.map((l) => l.key);
  const [agencies, branches] = await Promise.all([
    agencyIds.length ? em.find(Agency, { id: { $in: agencyIds } }, { fields: ['id', 'name'] }) : [],
    branchIds.length ? em.find(KnownUnit, { id: { $in: branchIds }, kind: 'BRANCH' }) : [],
  ]);
  const names = new Map<string, string>([
    ...ctx.regions.map((r) => [r.id, r.name] as [string, string]),
    ...agencies.map((a) => [a.id, a.name] as [string, string]),
    ...branches.map((b) => [b.id, b.name] as [string, string]),
  ]);
  const named = (l: ReportLine, name?: string): NamedLine => ({ ...l, name: name ?? names.get(l.key) ?? l.key });
  return {
    campaignId: ctx.campaign.id,
    date,
    total: named(figures.total, v.kind === 'all' ? ctx.campaign.name : `${ctx.campaign.name} (your part)`),
    byRegion: figures.byRegion.map((l) => named(l)),
    byBranch: figures.byBranch.map((l) => named(l)),
    byAgency: figures.byAgency.map((l) => named(l)),
    byChannel: figures.byChannel.map((l) => named(l, CHANNEL_NAMES[l.key])),
  };
}

export interface RegionComparison extends RankedRegion {
  regionId: string;
  name: string;
  directFen: number;
  agencyFen: number;
  subscriptions: number;
  serviceRequests: number;
  serviceRequestsDone: number;
  summary: string | null;
}
export interface AgencyResult {
  agencyId: string;
  name: string;
  regionId: string;
  salesFen: number;
  subscriptions: number;
  openFixes: number;
  evaluation: CampaignEvaluation | null;
}

/** The cross-region evaluation at head office: sales against targets, door-to-door service, the scores and summaries, ranked. */
export async function campaignEvaluation(em: EntityManager, ctx: CampaignContext): Promise<{ regions: RegionComparison[]; agencies: AgencyResult[] }> {
  if (ctx.view.kind !== 'all') throw new ForbiddenError('The cross-region evaluation is read at head office');
  const id = ctx.campaign.id;
  type R = { region_id: string; agency_key: string; channel: string; s: string | number; n: string | number };
  const [sums, evaluations, requests, agencies] = await Promise.all([
    selectRows<R>(
      em,
      'select region_id, agency_key, channel, sum(amount_fen) s, sum(subscriptions) n from campaign_daily_sales where campaign_id = ? group by region_id, agency_key, channel',
      [id],
    ),
    em.find(CampaignEvaluation, { campaignId: id }),
    em.find(ServiceRequest, { campaignId: id }, { fields: ['id', 'regionId', 'status'] }),
    em.find(Agency, { campaignId: id }, { orderBy: { name: 'asc' } }),
  ]);
  const patrols = agencies.length ? await em.find(AgencyPatrol, { agencyId: { $in: agencies.map((a) => a.id) } }, { fields: ['id', 'agencyId'] }) : [];
  const openFixes = patrols.length
    ? await em.find(PatrolFix, { patrolId: { $in: patrols.map((p) => p.id) }, status: PatrolFixStatus.OPEN }, { fields: ['id', 'patrolId'] })
    : [];
  const evalOf = (subject: EvaluationSubject, subjectId: string) => evaluations.find((e) => e.subject === subject && e.subjectId === subjectId) ?? null;
  const ranked = compareRegions(
    ctx.regions.map((r) => {
      const e = evalOf(EvaluationSubject.REGION, r.id);
      return {
        key: r.id,
        salesFen: sums.filter((s) => s.region_id === r.id).reduce((t, s) => t + Number(s.s), 0),
        targetFen: r.targetFen,
        scores: e ? { organisation: e.organisationScore, sales: e.salesScore, customerService: e.customerServiceScore } : null,
      };
    }),
  );
  const regions = ranked.map((x) => {
    const r = ctx.regions.find((y) => y.id === x.key)!;
    const mine = sums.filter((s) => s.region_id === r.id);
    const reqs = requests.filter((q) => q.regionId === r.id);
    return {
      ...x,
      regionId: r.id,
      name: r.name,
      directFen: mine.filter((s) => s.channel === 'DIRECT').reduce((t, s) => t + Number(s.s), 0),
      agencyFen: mine.filter((s) => s.channel === 'AGENCY').reduce((t, s) => t + Number(s.s), 0),
      subscriptions: mine.reduce((t, s) => t + Number(s.n), 0),
      serviceRequests: reqs.length,
      serviceRequestsDone: reqs.filter((q) => q.status === ServiceRequestStatus.DONE).length,
      summary: evalOf(EvaluationSubject.REGION, r.id)?.summary ?? null,
    };
  });
  const agencyResults = agencies.map((a) => {
    const mine = sums.filter((s) => s.agency_key === a.id);
    const myPatrols = new Set(patrols.filter((p) => p.agencyId === a.id).map((p) => p.id));
    return {
      agencyId: a.id,
      name: a.name,
      regionId: a.regionId,
      salesFen: mine.reduce((t, s) => t + Number(s.s), 0),
      subscriptions: mine.reduce((t, s) => t + Number(s.n), 0),
      openFixes: openFixes.filter((f) => myPatrols.has(f.patrolId)).length,
      evaluation: evalOf(EvaluationSubject.AGENCY, a.id),
    };
  });
  return { regions, agencies: agencyResults };
}
