/**
 * R-7 product issue campaigns (集合资产管理计划发行), as small pure functions: the phases and what each
 * allows, what a campaign, its staffing, an agency's steps and a subscription must hold, the
 * door-to-door threshold, and the daily report and cross-region comparison built from the sums.
 */
import { dateProblem } from '@bg/graphql';

export interface Problem {
  field: string;
  problem: string;
}

/** 发行阶段: preparation -> awaiting the regulator's approval (批文) -> approved -> issuing -> closed. */
export const CAMPAIGN_PHASES = ['PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'ISSUING', 'CLOSED'] as const;
export type CampaignPhaseName = (typeof CAMPAIGN_PHASES)[number];

/** The four regional work groups (地区工作组) and the areas each covers (工作计划8). */
export const REGIONS = {
  NORTH: { name: '北方地区工作组', areas: '华北、东北' },
  EAST: { name: '华东地区工作组', areas: '上海、江苏、安徽、浙江、福建、山东' },
  SOUTH: { name: '南方地区工作组', areas: '深圳、广东、广西、湖南、湖北' },
  WEST: { name: '西部地区工作组', areas: '重庆、四川、云南、贵州、甘肃、新疆' },
} as const;
export type RegionName = keyof typeof REGIONS;

/** The campaign's units: the work group's three groups, the roadshow leadership group, a regional work group. */
export const CAMPAIGN_UNITS = ['MARKETING_PLANNING', 'SALES_MANAGEMENT', 'CUSTOMER_SERVICE', 'ROADSHOW_LEADERSHIP', 'REGION'] as const;
export type CampaignUnitName = (typeof CAMPAIGN_UNITS)[number];

/** 首次认购金额超过500万元: a first subscription over 5,000,000 yuan entitles the customer to door-to-door service. */
export const DOOR_TO_DOOR_THRESHOLD_FEN = 5_000_000 * 100;

const rank = (phase: CampaignPhaseName) => CAMPAIGN_PHASES.indexOf(phase);
export const beforeApproval = (phase: CampaignPhaseName): boolean => rank(phase) < rank('APPROVED');

/** Why the campaign may not move from one phase to another (one step forward at a time), or null. */
export function phaseChangeRefusal(from: CampaignPhaseName, to: CampaignPhaseName): string | null {
  if (from === 'CLOSED') return 'The campaign is closed';
  if (rank(to) !== rank(from) + 1) return `A campaign in ${from} moves to ${CAMPAIGN_PHASES[rank(from) + 1]} next, not ${to}`;
  return null;
}

/** What a phase allows (refusal messages for the CONFLICT of an action out of its phase). */
export function phaseRefusal(action: 'visit' | 'roadshow' | 'patrol' | 'subscription' | 'evaluation' | 'change', phase: CampaignPhaseName): string | null {
  switch (action) {
    case 'visit':
      return beforeApproval(phase) ? null : `Core customers are visited before approval (批文前); the campaign is ${phase}: hold a roadshow instead`;
    case 'roadshow':
      return phase === 'APPROVED' || phase === 'ISSUING' ? null : `Roadshows (路演推介) follow the approval; the campaign is ${phase}`;
    case 'patrol':
      return phase === 'ISSUING' ? null : `Agency outlets are patrolled during the issue; the campaign is ${phase}`;
    case 'subscription':
      return phase === 'ISSUING' ? null : `Subscriptions are recorded during the issue (ISSUING); the campaign is ${phase}`;
    case 'evaluation':
      return phase === 'CLOSED' ? null : `The evaluation follows the issue: close the campaign first (it is ${phase})`;
    case 'change':
      return phase === 'CLOSED' ? 'The campaign is closed' : null;
  }
}

export interface RegionInput {
  region: RegionName;
  branchIds: string[];
  targetFen?: number | null;
}
export interface CampaignInput {
  code: string;
  name: string;
  targetFen: number;
  announcementOn: string;
  issueStartsOn: string;
  issueEndsOn: string;
  regions: RegionInput[];
}

export function campaignProblems(input: CampaignInput, knownBranches: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  if (!/^[A-Za-z0-9-]{2,40}$/.test(input.code.trim()))
    problems.push({ field: 'code', problem: 'a code of 2 to 40 letters, digits or dashes (e.g. JH-2026-01)' });
  if (!input.name.trim() || input.name.length > 200) problems.push({ field: 'name', problem: "the plan's name, 1 to 200 characters" });
  if (!(Number.isSafeInteger(input.targetFen) && input.targetFen > 0))
    problems.push({ field: 'targetFen', problem: 'the sales target, a positive amount in fen' });
  for (const f of ['announcementOn', 'issueStartsOn', 'issueEndsOn'] as const) {
    const p = dateProblem(input[f]);
    if (p) problems.push({ field: f, problem: p });
  }
  if (!problems.some((p) => p.field.endsWith('On'))) {
    if (input.announcementOn > input.issueStartsOn)
      problems.push({ field: 'announcementOn', problem: 'the issue announcement (发行公告) comes before the issue starts' });
    if (input.issueStartsOn > input.issueEndsOn) problems.push({ field: 'issueEndsOn', problem: 'the issue ends after it starts' });
  }
  if (!input.regions.length) problems.push({ field: 'regions', problem: 'name the regional work groups (at least one)' });
  const seenRegion = new Set<string>();
  const seenBranch = new Map<string, string>();
  let regionTargets = 0;
  input.regions.forEach((r, i) => {
    if (seenRegion.has(r.region)) problems.push({ field: `regions.${i}.region`, problem: `${r.region} is named twice` });
    seenRegion.add(r.region);
    for (const b of r.branchIds) {
      if (!knownBranches.has(b)) problems.push({ field: `regions.${i}.branchIds`, problem: `branch ${b} is not known` });
      else if (seenBranch.has(b)) problems.push({ field: `regions.${i}.branchIds`, problem: `branch ${b} is already covered by ${seenBranch.get(b)}` });
      seenBranch.set(b, r.region);
    }
    if (r.targetFen != null) {
      if (!(Number.isSafeInteger(r.targetFen) && r.targetFen >= 0)) problems.push({ field: `regions.${i}.targetFen`, problem: 'a target of 0 fen or more' });
      else regionTargets += r.targetFen;
    }
  });
  if (Number.isSafeInteger(input.targetFen) && input.targetFen > 0 && regionTargets > input.targetFen)
    problems.push({ field: 'regions', problem: `the regions' targets add up to ${regionTargets} fen, more than the campaign's ${input.targetFen}` });
  return problems;
}

export interface MemberInput {
  employeeId: string;
  unit: CampaignUnitName;
  region?: RegionName | null;
  head?: boolean | null;
  department?: string | null;
}

/** The staffing as a whole: every unit valid, the regional members in a region of the campaign, one named head of the roadshow leadership group. */
export function staffingProblems(members: MemberInput[], regions: ReadonlySet<string>, knownEmployees: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (!knownEmployees.has(m.employeeId)) problems.push({ field: `members.${i}.employeeId`, problem: `employee ${m.employeeId} is not known` });
    if (m.unit === 'REGION') {
      if (!m.region) problems.push({ field: `members.${i}.region`, problem: 'a regional work group member names the region' });
      else if (!regions.has(m.region)) problems.push({ field: `members.${i}.region`, problem: `the campaign has no ${m.region} regional work group` });
    } else if (m.region) problems.push({ field: `members.${i}.region`, problem: `only regional work group members name a region (${m.unit} does not)` });
    if (m.head && m.unit !== 'ROADSHOW_LEADERSHIP')
      problems.push({ field: `members.${i}.head`, problem: 'only the roadshow leadership group has a named head (负责人)' });
    const key = `${m.employeeId}/${m.unit}/${m.region ?? ''}`;
    if (seen.has(key)) problems.push({ field: `members.${i}`, problem: `${m.employeeId} is named twice in ${m.unit}${m.region ? ` ${m.region}` : ''}` });
    seen.add(key);
  });
  const heads = members.filter((m) => m.unit === 'ROADSHOW_LEADERSHIP' && m.head);
  if (heads.length !== 1)
    problems.push({ field: 'members', problem: `the roadshow leadership group (路演推介领导小组) has one named head, not ${heads.length}` });
  return problems;
}

export type QualificationOutcome = 'PASSED' | 'FAILED';

/** An agency sells, receives materials and is trained after approval only with a passed qualification review (the latest review counts). */
export function agencyRefusal(what: string, latestReview: { outcome: QualificationOutcome } | null): string | null {
  if (!latestReview) return `The agency has not been qualification-reviewed (资格审查): it cannot ${what} before it passes`;
  if (latestReview.outcome !== 'PASSED') return `The agency failed its qualification review (资格审查): it cannot ${what}`;
  return null;
}

export const TRAINING_KINDS = {
  MARKET_RESEARCH: 'BEFORE', // 市场调研 with its first-tier branches
  TRAINING: 'BEFORE', // 业务培训 of its first-tier branches
  INTENSIVE_TRAINING: 'AFTER', // 强化培训 after approval
  ROADSHOW: 'AFTER', // 路演推介会 with the agency
} as const;
export type TrainingKindName = keyof typeof TRAINING_KINDS;

export function trainingRefusal(kind: TrainingKindName, phase: CampaignPhaseName): string | null {
  if (phase === 'CLOSED') return 'The campaign is closed';
  const before = beforeApproval(phase);
  if (TRAINING_KINDS[kind] === 'BEFORE' && !before)
    return `${kind} is held before approval (获得批文前); the campaign is ${phase}: record INTENSIVE_TRAINING or ROADSHOW`;
  if (TRAINING_KINDS[kind] === 'AFTER' && before) return `${kind} is held after approval (获得批文后); the campaign is ${phase}`;
  return null;
}

export function dateRangeProblems(fields: Record<string, string | null | undefined>, order: string[][] = []): Problem[] {
  const problems: Problem[] = [];
  for (const [field, v] of Object.entries(fields)) {
    if (v == null) continue;
    const p = dateProblem(v);
    if (p) problems.push({ field, problem: p });
  }
  for (const [a, b] of order) {
    const va = fields[a];
    const vb = fields[b];
    if (va && vb && !dateProblem(va) && !dateProblem(vb) && va > vb) problems.push({ field: b, problem: `${b} is not before ${a}` });
  }
  return problems;
}

export type ChannelName = 'DIRECT' | 'AGENCY';

export interface SubscriptionInput {
  channel: ChannelName;
  customerId?: string | null;
  agencyId?: string | null;
  customerName?: string | null;
  amountFen: number;
  subscribedOn: string;
}

export function subscriptionProblems(s: SubscriptionInput, issue: { startsOn: string; endsOn: string }): Problem[] {
  const problems: Problem[] = [];
  if (!(Number.isSafeInteger(s.amountFen) && s.amountFen > 0))
    problems.push({ field: 'amountFen', problem: 'the amount subscribed, a positive number of fen' });
  const d = dateProblem(s.subscribedOn);
  if (d) problems.push({ field: 'subscribedOn', problem: d });
  else if (s.subscribedOn < issue.startsOn || s.subscribedOn > issue.endsOn)
    problems.push({ field: 'subscribedOn', problem: `outside the issue period ${issue.startsOn} to ${issue.endsOn}` });
  if (s.channel === 'DIRECT') {
    if (!s.customerId) problems.push({ field: 'customerId', problem: 'a direct subscription names the registered customer' });
    if (s.agencyId) problems.push({ field: 'agencyId', problem: 'a direct subscription names no agency' });
  } else {
    if (!s.agencyId) problems.push({ field: 'agencyId', problem: 'an agency subscription names the agency (代销机构)' });
    if (!s.customerId && !s.customerName?.trim()) problems.push({ field: 'customerName', problem: "name the agency's customer (or the registered customer)" });
  }
  return problems;
}

/** Why a service request (上门服务) cannot be opened for a subscription, or null. */
export function serviceRequestRefusal(s: { channel: ChannelName; first: boolean; amountFen: number }): string | null {
  if (s.channel !== 'DIRECT') return 'Door-to-door service (上门服务) is for direct customers; the agency serves its own';
  if (!s.first) return "Door-to-door service is for the customer's first subscription (首次认购), and this is not it";
  if (s.amountFen <= DOOR_TO_DOOR_THRESHOLD_FEN)
    return `Door-to-door service is for a first subscription over 5,000,000 yuan; this one is ${(s.amountFen / 100).toLocaleString('en-US')} yuan`;
  return null;
}

/** The region of a branch in the campaign (null: no regional group covers it). */
export function regionOfBranch<R extends { branchIds: string[] }>(regions: readonly R[], branchId: string): R | null {
  return regions.find((r) => r.branchIds.includes(branchId)) ?? null;
}

// ---- the daily report (R-7.3: sales figures reach head office daily) ----

/** One row of the daily aggregate, summed through the report's date. */
export interface SalesSums {
  regionId: string;
  branchId: string | null;
  agencyId: string | null;
  channel: ChannelName;
  dayFen: number;
  previousDayFen: number;
  cumulativeFen: number;
  daySubscriptions: number;
  subscriptions: number;
}

export interface ReportLine {
  key: string;
  dayFen: number;
  previousDayFen: number;
  changeFen: number;
  cumulativeFen: number;
  daySubscriptions: number;
  subscriptions: number;
  targetFen: number | null;
  /** Cumulative sales against the target, basis points (10000 = 100%); null without a target. */
  attainmentBp: number | null;
}

export const attainmentBp = (salesFen: number, targetFen: number | null): number | null =>
  targetFen && targetFen > 0 ? Math.round((salesFen * 10000) / targetFen) : null;

function line(key: string, targetFen: number | null): ReportLine {
  return { key, dayFen: 0, previousDayFen: 0, changeFen: 0, cumulativeFen: 0, daySubscriptions: 0, subscriptions: 0, targetFen, attainmentBp: null };
}

function add(l: ReportLine, s: SalesSums): void {
  l.dayFen += s.dayFen;
  l.previousDayFen += s.previousDayFen;
  l.cumulativeFen += s.cumulativeFen;
  l.daySubscriptions += s.daySubscriptions;
  l.subscriptions += s.subscriptions;
}

function finish(l: ReportLine): ReportLine {
  l.changeFen = l.dayFen - l.previousDayFen;
  l.attainmentBp = attainmentBp(l.cumulativeFen, l.targetFen);
  return l;
}

export interface DailyReportFigures {
  total: ReportLine;
  byRegion: ReportLine[];
  byBranch: ReportLine[];
  byAgency: ReportLine[];
  byChannel: ReportLine[];
}

/**
 * The day's report from the sums per region, branch, agency and channel: each dimension's day,
 * previous day, change and cumulative figures, against the targets (campaign and regions).
 */
export function dailyReport(
  sums: readonly SalesSums[],
  targets: { campaignFen: number; regionFen: ReadonlyMap<string, number | null> },
  regionIds: string[],
): DailyReportFigures {
  const total = line('TOTAL', targets.campaignFen);
  const dims = {
    region: new Map<string, ReportLine>(),
    branch: new Map<string, ReportLine>(),
    agency: new Map<string, ReportLine>(),
    channel: new Map<string, ReportLine>(),
  };
  for (const r of regionIds) dims.region.set(r, line(r, targets.regionFen.get(r) ?? null));
  for (const c of ['DIRECT', 'AGENCY']) dims.channel.set(c, line(c, null));
  const at = (m: Map<string, ReportLine>, key: string, target: number | null = null) => {
    let l = m.get(key);
    if (!l) m.set(key, (l = line(key, target)));
    return l;
  };
  for (const s of sums) {
    add(total, s);
    add(at(dims.region, s.regionId, targets.regionFen.get(s.regionId) ?? null), s);
    add(at(dims.channel, s.channel), s);
    if (s.branchId) add(at(dims.branch, s.branchId), s);
    if (s.agencyId) add(at(dims.agency, s.agencyId), s);
  }
  const sorted = (m: Map<string, ReportLine>) => [...m.values()].map(finish).sort((a, b) => b.cumulativeFen - a.cumulativeFen || a.key.localeCompare(b.key));
  return {
    total: finish(total),
    byRegion: [...dims.region.values()].map(finish),
    byBranch: sorted(dims.branch),
    byAgency: sorted(dims.agency),
    byChannel: [...dims.channel.values()].map(finish),
  };
}

// ---- the cross-region evaluation (R-7.4) ----

export interface Scores {
  organisation: number;
  sales: number;
  customerService: number;
}

export function scoreProblems(s: Scores): Problem[] {
  return (Object.entries(s) as Array<[keyof Scores, number]>)
    .filter(([, v]) => !(Number.isInteger(v) && v >= 0 && v <= 100))
    .map(([k]) => ({ field: `${k}Score`, problem: 'a score from 0 to 100' }));
}

export const overallScore = (s: Scores): number => Math.round((s.organisation + s.sales + s.customerService) / 3);

export interface RegionResult {
  key: string;
  salesFen: number;
  targetFen: number | null;
  scores: Scores | null;
}
export interface RankedRegion extends RegionResult {
  attainmentBp: number | null;
  overall: number | null;
  salesRank: number;
  overallRank: number | null;
}

/** Regions compared at head office: ranked by sales, and by the evaluation's overall score once given. */
export function compareRegions(results: readonly RegionResult[]): RankedRegion[] {
  const bySales = [...results].sort((a, b) => b.salesFen - a.salesFen || a.key.localeCompare(b.key)).map((r) => r.key);
  const scored = results.filter((r) => r.scores).sort((a, b) => overallScore(b.scores!) - overallScore(a.scores!) || a.key.localeCompare(b.key));
  return results.map((r) => ({
    ...r,
    attainmentBp: attainmentBp(r.salesFen, r.targetFen),
    overall: r.scores ? overallScore(r.scores) : null,
    salesRank: bySales.indexOf(r.key) + 1,
    overallRank: r.scores ? scored.findIndex((x) => x.key === r.key) + 1 : null,
  }));
}

// ---- promotion materials (宣传材料 reach the designated outlets before the announcement) ----

export interface OutletDelivery {
  item: string;
  arrivedOn: string | null;
}

/** An outlet's checklist line: what has not arrived, what arrived after the announcement. */
export function outletChecklist(deliveries: readonly OutletDelivery[], announcementOn: string): { complete: boolean; missing: string[]; late: string[] } {
  const missing = deliveries.filter((d) => !d.arrivedOn).map((d) => d.item);
  const late = deliveries.filter((d) => d.arrivedOn && d.arrivedOn > announcementOn).map((d) => d.item);
  if (!deliveries.length) missing.push('(nothing sent yet)');
  return { complete: missing.length === 0, missing, late };
}
