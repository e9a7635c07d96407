/**
 * R-7 product issue campaigns: every change, checked whole (bad input refused with every reason,
 * nothing written), written with its events in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { queryBound } from '@bg/db';
import { recordEvent } from '@bg/events';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, localDate } from '@bg/graphql';
import { KnownEmployee, KnownUnit } from '@bg/service';
import { campaignView, mayActInRegion, mayManage, mayReallocate, type CampaignView } from './campaign-access';
import {
  REGIONS,
  agencyRefusal,
  campaignProblems,
  dateRangeProblems,
  phaseChangeRefusal,
  phaseRefusal,
  scoreProblems,
  serviceRequestRefusal,
  staffingProblems,
  subscriptionProblems,
  trainingRefusal,
  type CampaignInput,
  type MemberInput,
  type Problem,
  type Scores,
  type SubscriptionInput,
} from './campaign-rules';
import { Campaign, CampaignMember, CampaignPhase, CampaignPhaseChange, CampaignRegion, CampaignRegionCode, CampaignUnit } from './campaign.entity';
import {
  Agency,
  AgencyOutlet,
  AgencyPatrol,
  AgencyTraining,
  AgencyTrainingKind,
  MaterialDelivery,
  PatrolFix,
  PatrolFixStatus,
  QualificationOutcome,
  QualificationReview,
} from './agency.entity';
import {
  CampaignVisit,
  CoreCustomer,
  IntentionStatus,
  Reallocation,
  ReallocationKind,
  Roadshow,
  SalesChannel,
  ServiceRequest,
  ServiceRequestStatus,
  Subscription,
  SubscriptionIntention,
} from './direct.entity';
import { CampaignEvaluation, EvaluationSubject } from './report.entity';
import { customerFacts, type CustomerFacts } from './customers';

const refuse = (message: string, problems: Problem[]) => {
  if (problems.length) throw new BadInputError(message, problems);
};

export interface CampaignContext {
  campaign: Campaign;
  regions: CampaignRegion[];
  staffing: CampaignMember[];
  view: CampaignView;
}

export async function loadCampaign(em: EntityManager, id: string): Promise<Campaign> {
  const c = await em.findOne(Campaign, id);
  if (!c) throw new NotFoundError('Campaign', id);
  return c;
}

/** The campaign, its regions and staffing, and what the caller sees of it (FORBIDDEN when nothing). */
export async function campaignContext(em: EntityManager, p: Principal, id: string): Promise<CampaignContext> {
  const campaign = await loadCampaign(em, id);
  const [regions, staffing] = await Promise.all([
    em.find(CampaignRegion, { campaignId: id }, { orderBy: { region: 'asc' } }),
    em.find(CampaignMember, { campaignId: id }, { orderBy: { unit: 'asc', employeeId: 'asc' } }),
  ]);
  const view = campaignView(p, staffing);
  if (view.kind === 'none') throw new ForbiddenError('Your role does not let you see product issue campaigns');
  return { campaign, regions, staffing, view };
}

function requireManage(ctx: CampaignContext, what: string): void {
  if (!mayManage(ctx.view)) throw new ForbiddenError(`${what} is head-office marketing work (campaign-staff of the work group)`);
}

function regionByCode(ctx: CampaignContext, code: string): CampaignRegion {
  const r = ctx.regions.find((x) => x.region === code);
  if (!r)
    throw new BadInputError(`The campaign has no ${code} regional work group`, [
      { field: 'region', problem: `not one of ${ctx.regions.map((x) => x.region).join(', ')}` },
    ]);
  return r;
}

function requireRegion(ctx: CampaignContext, region: CampaignRegion, what: string): void {
  if (!mayActInRegion(ctx.view, region.id)) throw new ForbiddenError(`${what} in ${region.name} is for its regional work group and head-office marketing`);
}

function requirePhase(ctx: CampaignContext, action: Parameters<typeof phaseRefusal>[0]): void {
  const r = phaseRefusal(action, ctx.campaign.phase);
  if (r) throw new ConflictError(r);
}

// ---- set-up (R-7.1) ----

export async function createCampaign(em: EntityManager, p: Principal, input: CampaignInput): Promise<Campaign> {
  if (!mayManage(campaignView(p, []))) throw new ForbiddenError('Campaigns are set up by head-office marketing (campaign-staff)');
  const branches = new Set((await em.find(KnownUnit, { kind: 'BRANCH' })).map((u) => u.id));
  refuse('The campaign is not complete', campaignProblems(input, branches));
  if (await em.count(Campaign, { code: input.code.trim() })) throw new ConflictError(`A campaign with code ${input.code.trim()} exists already`);
  return em.transactional(async (tx) => {
    const c = tx.create(Campaign, {
      code: input.code.trim(),
      name: input.name.trim(),
      targetFen: input.targetFen,
      announcementOn: input.announcementOn,
      issueStartsOn: input.issueStartsOn,
      issueEndsOn: input.issueEndsOn,
      createdBy: p.username,
    } as Campaign);
    for (const r of input.regions)
      tx.create(CampaignRegion, {
        campaignId: c.id,
        region: r.region as CampaignRegionCode,
        name: REGIONS[r.region].name,
        areas: REGIONS[r.region].areas,
        branchIds: r.branchIds,
        targetFen: r.targetFen ?? null,
      } as CampaignRegion);
    await tx.flush();
    return c;
  });
}

/** Replaces the campaign's staffing as a whole (the work group's groups, the leadership with its head, the regional groups). */
export async function staffCampaign(em: EntityManager, p: Principal, campaignId: string, members: MemberInput[]): Promise<CampaignMember[]> {
  const ctx = await campaignContext(em, p, campaignId);
  requireManage(ctx, 'Staffing the campaign');
  requirePhase(ctx, 'change');
  const ids = [...new Set(members.map((m) => m.employeeId))];
  const known = await em.find(KnownEmployee, { id: { $in: ids } });
  refuse('The staffing is not complete', staffingProblems(members, new Set(ctx.regions.map((r) => r.region)), new Set(known.map((k) => k.id))));
  const names = new Map(known.map((k) => [k.id, k.name]));
  return em.transactional(async (tx) => {
    await tx.nativeDelete(CampaignMember, { campaignId });
    const rows = members.map((m) =>
      tx.create(CampaignMember, {
        campaignId,
        employeeId: m.employeeId,
        name: names.get(m.employeeId)!,
        unit: m.unit as CampaignUnit,
        regionId: m.region ? ctx.regions.find((r) => r.region === m.region)!.id : null,
        head: !!m.head,
        department: m.department?.trim() || null,
      } as CampaignMember),
    );
    await tx.flush();
    return rows;
  });
}

export async function advancePhase(em: EntityManager, p: Principal, campaignId: string, to: CampaignPhase, comment: string): Promise<Campaign> {
  const ctx = await campaignContext(em, p, campaignId);
  requireManage(ctx, 'Moving the campaign on');
  const refusal = phaseChangeRefusal(ctx.campaign.phase, to);
  if (refusal) throw new ConflictError(refusal);
  if (to === CampaignPhase.ISSUING && !ctx.staffing.some((m) => m.unit === CampaignUnit.ROADSHOW_LEADERSHIP && m.head))
    throw new ConflictError('Staff the campaign (the roadshow leadership group with its head) before the issue starts');
  return em.transactional(async (tx) => {
    const c = ctx.campaign;
    tx.create(CampaignPhaseChange, { campaignId, fromPhase: c.phase, toPhase: to, changedBy: p.username, comment: comment.trim() } as CampaignPhaseChange);
    c.phase = to;
    tx.persist(c);
    if (to === CampaignPhase.CLOSED) {
      await tx.nativeUpdate(SubscriptionIntention, { campaignId, status: IntentionStatus.OPEN }, { status: IntentionStatus.LAPSED });
      await publishClosed(tx, ctx, p);
    }
    await tx.flush();
    return c;
  });
}

async function publishClosed(tx: EntityManager, ctx: CampaignContext, p: Principal): Promise<void> {
  const c = ctx.campaign;
  type Row = { region_id: string; s: string | number; n: string | number };
  const byRegion = await queryBound<Row>(
    tx,
    'select region_id, sum(amount_fen) s, sum(subscriptions) n from campaign_daily_sales where campaign_id = ? group by region_id',
    [c.id],
  );
  type M = { manager_id: string; branch_id: string; s: string | number; n: string | number };
  const byManager = await queryBound<M>(
    tx,
    'select manager_id, branch_id, sum(amount_fen) s, count(*) n from campaign_subscription where campaign_id = ? and manager_id is not null group by manager_id, branch_id order by manager_id',
    [c.id],
  );
  const sales = new Map(byRegion.map((r) => [r.region_id, r]));
  recordEvent(tx, 'performance', 'CampaignClosed', c.id, {
    campaignId: c.id,
    code: c.code,
    targetFen: c.targetFen,
    totalFen: byRegion.reduce((s, r) => s + Number(r.s), 0),
    subscriptions: byRegion.reduce((s, r) => s + Number(r.n), 0),
    closedBy: p.username,
    closedOn: localDate(),
    regions: ctx.regions.map((r) => ({ region: r.region, salesFen: Number(sales.get(r.id)?.s ?? 0), targetFen: r.targetFen })),
    managers: byManager.map((m) => ({ employeeId: m.manager_id, branchId: m.branch_id, salesFen: Number(m.s), subscriptions: Number(m.n) })),
  });
}

// ---- agencies (R-7.2) ----

export interface AgencyInput {
  name: string;
  region: string;
  outlets: Array<{ name: string; city: string; designated?: boolean | null }>;
}

export async function registerAgency(em: EntityManager, p: Principal, campaignId: string, input: AgencyInput): Promise<Agency> {
  const ctx = await campaignContext(em, p, campaignId);
  requireManage(ctx, 'Registering an agency');
  requirePhase(ctx, 'change');
  const region = regionByCode(ctx, input.region);
  const problems: Problem[] = [];
  if (!input.name.trim() || input.name.length > 200) problems.push({ field: 'name', problem: "the agency's name, 1 to 200 characters" });
  input.outlets.forEach((o, i) => {
    if (!o.name.trim()) problems.push({ field: `outlets.${i}.name`, problem: "the outlet's name" });
    if (!o.city.trim()) problems.push({ field: `outlets.${i}.city`, problem: "the outlet's city" });
  });
  refuse('The agency is not complete', problems);
  if (await em.count(Agency, { campaignId, name: input.name.trim() })) throw new ConflictError(`Agency ${input.name.trim()} is registered already`);
  return em.transactional(async (tx) => {
    const a = tx.create(Agency, { campaignId, name: input.name.trim(), regionId: region.id, createdBy: p.username } as Agency);
    for (const o of input.outlets)
      tx.create(AgencyOutlet, { agencyId: a.id, name: o.name.trim(), city: o.city.trim(), designated: o.designated ?? true } as AgencyOutlet);
    await tx.flush();
    return a;
  });
}

async function agencyContext(em: EntityManager, p: Principal, agencyId: string) {
  const agency = await em.findOne(Agency, agencyId);
  if (!agency) throw new NotFoundError('Agency', agencyId);
  const ctx = await campaignContext(em, p, agency.campaignId);
  return { agency, ctx };
}

export async function latestReview(em: EntityManager, agencyId: string): Promise<QualificationReview | null> {
  return em.findOne(QualificationReview, { agencyId }, { orderBy: { reviewedAt: 'desc', id: 'desc' } });
}

async function requireQualified(em: EntityManager, agencyId: string, what: string): Promise<void> {
  const r = agencyRefusal(what, await latestReview(em, agencyId));
  if (r) throw new ConflictError(r);
}

export async function reviewQualification(
  em: EntityManager,
  p: Principal,
  agencyId: string,
  input: { outcome: QualificationOutcome; rule: string; comment: string; reviewedOn: string },
): Promise<QualificationReview> {
  const { ctx } = await agencyContext(em, p, agencyId);
  requireManage(ctx, 'A qualification review');
  requirePhase(ctx, 'change');
  const problems = dateRangeProblems({ reviewedOn: input.reviewedOn });
  if (!input.rule.trim()) problems.push({ field: 'rule', problem: 'the rule it was checked against (e.g. 《证券公司客户资产管理业务试行办法》)' });
  if (input.outcome === QualificationOutcome.FAILED && !input.comment.trim()) problems.push({ field: 'comment', problem: 'say why the agency failed' });
  refuse('The review is not complete', problems);
  const r = em.create(QualificationReview, {
    agencyId,
    outcome: input.outcome,
    rule: input.rule.trim(),
    comment: input.comment.trim(),
    reviewedBy: p.username,
    reviewedOn: input.reviewedOn,
  } as QualificationReview);
  await em.flush();
  return r;
}

export async function recordAgreement(
  em: EntityManager,
  p: Principal,
  agencyId: string,
  input: { fileRef: string; signedOn: string; startsOn: string; endsOn: string },
): Promise<Agency> {
  const { agency, ctx } = await agencyContext(em, p, agencyId);
  requireManage(ctx, 'The agency agreement');
  requirePhase(ctx, 'change');
  const problems = dateRangeProblems({ signedOn: input.signedOn, startsOn: input.startsOn, endsOn: input.endsOn }, [['startsOn', 'endsOn']]);
  if (!input.fileRef.trim() || input.fileRef.length > 500) problems.push({ field: 'fileRef', problem: 'the signed agreement (代销协议) as a file reference' });
  refuse('The agreement is not complete', problems);
  await requireQualified(em, agencyId, 'sign the agency agreement');
  Object.assign(agency, {
    agreementFileRef: input.fileRef.trim(),
    agreementSignedOn: input.signedOn,
    agreementStartsOn: input.startsOn,
    agreementEndsOn: input.endsOn,
  });
  await em.flush();
  return agency;
}

export async function recordTraining(
  em: EntityManager,
  p: Principal,
  agencyId: string,
  input: { kind: AgencyTrainingKind; heldOn: string; topics: string; branches: string[]; attendees: number },
): Promise<AgencyTraining> {
  const { ctx } = await agencyContext(em, p, agencyId);
  requireManage(ctx, 'Agency training');
  const problems = dateRangeProblems({ heldOn: input.heldOn });
  if (!input.topics.trim()) problems.push({ field: 'topics', problem: 'what was covered' });
  if (!input.branches.length) problems.push({ field: 'branches', problem: "the agency's branches trained" });
  if (!(Number.isInteger(input.attendees) && input.attendees > 0)) problems.push({ field: 'attendees', problem: 'how many attended (1 or more)' });
  refuse('The training is not complete', problems);
  const r = trainingRefusal(input.kind, ctx.campaign.phase);
  if (r) throw new ConflictError(r);
  const afterApproval = input.kind === AgencyTrainingKind.INTENSIVE_TRAINING || input.kind === AgencyTrainingKind.ROADSHOW;
  if (afterApproval) await requireQualified(em, agencyId, 'be trained for selling');
  const t = em.create(AgencyTraining, {
    agencyId,
    kind: input.kind,
    afterApproval,
    heldOn: input.heldOn,
    topics: input.topics.trim(),
    branches: input.branches,
    attendees: input.attendees,
    recordedBy: p.username,
  } as AgencyTraining);
  await em.flush();
  return t;
}

export async function sendMaterials(
  em: EntityManager,
  p: Principal,
  agencyId: string,
  input: { outletIds: string[]; items: Array<{ item: string; quantity: number }>; sentOn: string },
): Promise<MaterialDelivery[]> {
  const { ctx } = await agencyContext(em, p, agencyId);
  requireManage(ctx, 'Sending promotion materials');
  requirePhase(ctx, 'change');
  const outlets = await em.find(AgencyOutlet, { agencyId });
  const problems = dateRangeProblems({ sentOn: input.sentOn });
  if (!input.outletIds.length) problems.push({ field: 'outletIds', problem: 'the designated outlets to send to' });
  for (const id of input.outletIds) {
    const o = outlets.find((x) => x.id === id);
    if (!o) problems.push({ field: 'outletIds', problem: `${id} is not an outlet of this agency` });
    else if (!o.designated) problems.push({ field: 'outletIds', problem: `${o.name} is not a designated outlet` });
  }
  if (!input.items.length) problems.push({ field: 'items', problem: 'what is sent' });
  input.items.forEach((it, i) => {
    if (!it.item.trim()) problems.push({ field: `items.${i}.item`, problem: 'name the material' });
    if (!(Number.isInteger(it.quantity) && it.quantity > 0)) problems.push({ field: `items.${i}.quantity`, problem: 'a quantity of 1 or more' });
  });
  refuse('The delivery is not complete', problems);
  await requireQualified(em, agencyId, 'be given promotion materials');
  const rows = input.outletIds.flatMap((outletId) =>
    input.items.map((it) =>
      em.create(MaterialDelivery, {
        agencyId,
        outletId,
        item: it.item.trim(),
        quantity: it.quantity,
        sentOn: input.sentOn,
        sentBy: p.username,
      } as MaterialDelivery),
    ),
  );
  await em.flush();
  return rows;
}

export async function confirmArrival(em: EntityManager, p: Principal, deliveryIds: string[], arrivedOn: string): Promise<MaterialDelivery[]> {
  refuse('Not a date', dateRangeProblems({ arrivedOn }));
  const rows = await em.find(MaterialDelivery, { id: { $in: deliveryIds } });
  const missing = deliveryIds.filter((id) => !rows.some((r) => r.id === id));
  refuse(
    'Unknown deliveries',
    missing.map((id) => ({ field: 'deliveryIds', problem: `${id} is not a delivery` })),
  );
  const agencies = await em.find(Agency, { id: { $in: [...new Set(rows.map((r) => r.agencyId))] } });
  for (const campaignId of new Set(agencies.map((a) => a.campaignId))) requireManage(await campaignContext(em, p, campaignId), 'Confirming deliveries');
  refuse(
    'Arrival before sending',
    rows.filter((r) => arrivedOn < r.sentOn).map((r) => ({ field: 'arrivedOn', problem: `${r.item} was sent on ${r.sentOn}` })),
  );
  for (const r of rows) r.arrivedOn = arrivedOn;
  await em.flush();
  return rows;
}

export async function recordPatrol(
  em: EntityManager,
  p: Principal,
  agencyId: string,
  input: { outletId: string; patrolledOn: string; findings: string; fixes: Array<{ requirement: string; dueOn: string }> },
): Promise<AgencyPatrol> {
  const { ctx } = await agencyContext(em, p, agencyId);
  requireManage(ctx, 'Patrolling agency outlets');
  requirePhase(ctx, 'patrol');
  const problems = dateRangeProblems({ patrolledOn: input.patrolledOn });
  if (!(await em.count(AgencyOutlet, { id: input.outletId, agencyId }))) problems.push({ field: 'outletId', problem: 'not an outlet of this agency' });
  if (!input.findings.trim()) problems.push({ field: 'findings', problem: 'what was found' });
  input.fixes.forEach((f, i) => {
    if (!f.requirement.trim()) problems.push({ field: `fixes.${i}.requirement`, problem: 'what must be fixed' });
    problems.push(...dateRangeProblems({ [`fixes.${i}.dueOn`]: f.dueOn }));
    if (!problems.length && f.dueOn < input.patrolledOn) problems.push({ field: `fixes.${i}.dueOn`, problem: 'due after the patrol' });
  });
  refuse('The patrol is not complete', problems);
  return em.transactional(async (tx) => {
    const patrol = tx.create(AgencyPatrol, {
      agencyId,
      outletId: input.outletId,
      patrolledOn: input.patrolledOn,
      findings: input.findings.trim(),
      patrolledBy: p.username,
    } as AgencyPatrol);
    for (const f of input.fixes) tx.create(PatrolFix, { patrolId: patrol.id, requirement: f.requirement.trim(), dueOn: f.dueOn } as PatrolFix);
    await tx.flush();
    return patrol;
  });
}

export async function closeFix(em: EntityManager, p: Principal, fixId: string, doneOn: string, note: string): Promise<PatrolFix> {
  const fix = await em.findOne(PatrolFix, fixId);
  if (!fix) throw new NotFoundError('Required fix', fixId);
  const patrol = await em.findOneOrFail(AgencyPatrol, fix.patrolId);
  const { ctx } = await agencyContext(em, p, patrol.agencyId);
  requireManage(ctx, 'Closing a required fix');
  if (fix.status === PatrolFixStatus.DONE) throw new ConflictError('The fix is closed already');
  const problems = dateRangeProblems({ doneOn });
  if (!note.trim()) problems.push({ field: 'note', problem: 'how it was fixed and checked' });
  if (!problems.length && doneOn < patrol.patrolledOn) problems.push({ field: 'doneOn', problem: `the patrol was on ${patrol.patrolledOn}` });
  refuse('The closure is not complete', problems);
  Object.assign(fix, { status: PatrolFixStatus.DONE, doneOn, doneNote: note.trim(), closedBy: p.username });
  await em.flush();
  return fix;
}

// ---- direct sales (R-7.3) ----

async function facts(em: EntityManager, ids: string[]): Promise<Map<string, CustomerFacts>> {
  const found = await customerFacts(em, ids);
  refuse(
    'Unknown customers',
    ids.filter((id) => !found.has(id)).map((id) => ({ field: 'customerIds', problem: `${id} is not in the customer register` })),
  );
  return found;
}

export async function assignCoreCustomers(em: EntityManager, p: Principal, campaignId: string, region: string, customerIds: string[]): Promise<CoreCustomer[]> {
  const ctx = await campaignContext(em, p, campaignId);
  requirePhase(ctx, 'change');
  const r = regionByCode(ctx, region);
  requireRegion(ctx, r, 'Assigning core customers');
  refuse('No customers', customerIds.length ? [] : [{ field: 'customerIds', problem: 'name the customers' }]);
  const found = await facts(em, customerIds);
  const existing = await em.find(CoreCustomer, { campaignId, customerId: { $in: customerIds } });
  refuse(
    'Assigned already',
    existing
      .filter((e) => e.regionId !== r.id)
      .map((e) => ({ field: 'customerIds', problem: `${e.customerName} is a core customer of another regional group` })),
  );
  const out = [...existing];
  for (const id of customerIds) {
    if (existing.some((e) => e.customerId === id)) continue;
    const f = found.get(id)!;
    out.push(
      em.create(CoreCustomer, {
        campaignId,
        customerId: id,
        customerName: f.name,
        regionId: r.id,
        branchId: f.branchId,
        managerId: f.managerId,
        assignedBy: p.username,
      } as CoreCustomer),
    );
  }
  await em.flush();
  return out;
}

async function coreCustomer(em: EntityManager, ctx: CampaignContext, customerId: string, what: string): Promise<CoreCustomer> {
  const c = await em.findOne(CoreCustomer, { campaignId: ctx.campaign.id, customerId });
  if (!c)
    throw new BadInputError(`${customerId} is not a core customer of the campaign`, [
      { field: 'customerId', problem: 'assign the customer to a regional group first' },
    ]);
  if (!mayActInRegion(ctx.view, c.regionId)) throw new ForbiddenError(`${what} for this customer is for the regional work group of the customer`);
  return c;
}

export async function recordVisit(
  em: EntityManager,
  p: Principal,
  campaignId: string,
  input: { customerId: string; visitedOn: string; notes: string },
): Promise<CampaignVisit> {
  const ctx = await campaignContext(em, p, campaignId);
  const c = await coreCustomer(em, ctx, input.customerId, 'A visit');
  requirePhase(ctx, 'visit');
  const problems = dateRangeProblems({ visitedOn: input.visitedOn });
  if (!input.notes.trim()) problems.push({ field: 'notes', problem: "what was presented and the customer's needs" });
  refuse('The visit is not complete', problems);
  const v = em.create(CampaignVisit, {
    campaignId,
    customerId: c.customerId,
    regionId: c.regionId,
    branchId: c.branchId,
    managerId: c.managerId,
    visitedOn: input.visitedOn,
    notes: input.notes.trim(),
    visitedBy: p.username,
  } as CampaignVisit);
  await em.flush();
  return v;
}

export async function recordRoadshow(
  em: EntityManager,
  p: Principal,
  campaignId: string,
  input: { region: string; heldOn: string; city: string; venue: string; customerIds: string[]; attendees: number },
): Promise<Roadshow> {
  const ctx = await campaignContext(em, p, campaignId);
  const r = regionByCode(ctx, input.region);
  requireRegion(ctx, r, 'A roadshow');
  requirePhase(ctx, 'roadshow');
  const problems = dateRangeProblems({ heldOn: input.heldOn });
  if (!input.city.trim()) problems.push({ field: 'city', problem: 'the city' });
  if (!input.venue.trim()) problems.push({ field: 'venue', problem: 'the venue' });
  const core = await em.find(CoreCustomer, { campaignId, customerId: { $in: input.customerIds } });
  for (const id of input.customerIds)
    if (!core.some((c) => c.customerId === id)) problems.push({ field: 'customerIds', problem: `${id} is not a core customer of the campaign` });
  if (!(Number.isInteger(input.attendees) && input.attendees >= input.customerIds.length))
    problems.push({ field: 'attendees', problem: `everyone attending, at least the ${input.customerIds.length} core customers named` });
  refuse('The roadshow is not complete', problems);
  const row = em.create(Roadshow, {
    campaignId,
    regionId: r.id,
    heldOn: input.heldOn,
    city: input.city.trim(),
    venue: input.venue.trim(),
    customerIds: input.customerIds,
    attendees: input.attendees,
    recordedBy: p.username,
  } as Roadshow);
  await em.flush();
  return row;
}

export async function recordIntention(
  em: EntityManager,
  p: Principal,
  campaignId: string,
  input: { customerId: string; intendedFen: number; note: string },
): Promise<SubscriptionIntention> {
  const ctx = await campaignContext(em, p, campaignId);
  requirePhase(ctx, 'change');
  const c = await coreCustomer(em, ctx, input.customerId, 'An intention');
  const problems: Problem[] = [];
  if (!(Number.isSafeInteger(input.intendedFen) && input.intendedFen > 0))
    problems.push({ field: 'intendedFen', problem: 'the amount intended, a positive number of fen' });
  refuse('The intention is not complete', problems);
  if (await em.count(SubscriptionIntention, { campaignId, customerId: c.customerId }))
    throw new ConflictError('The customer has an intention recorded already: follow it up');
  const today = localDate();
  const row = em.create(SubscriptionIntention, {
    campaignId,
    customerId: c.customerId,
    customerName: c.customerName,
    regionId: c.regionId,
    branchId: c.branchId,
    managerId: c.managerId,
    intendedFen: input.intendedFen,
    recordedBy: p.username,
    recordedOn: today,
    followUps: input.note.trim() ? [{ on: today, by: p.username, note: input.note.trim() }] : [],
  } as SubscriptionIntention);
  await em.flush();
  return row;
}

export async function followUpIntention(
  em: EntityManager,
  p: Principal,
  intentionId: string,
  input: { note: string; on: string; outcome?: IntentionStatus | null },
): Promise<SubscriptionIntention> {
  const i = await em.findOne(SubscriptionIntention, intentionId);
  if (!i) throw new NotFoundError('Intention', intentionId);
  const ctx = await campaignContext(em, p, i.campaignId);
  if (!mayActInRegion(ctx.view, i.regionId)) throw new ForbiddenError("Intentions are followed up by the customer's regional work group");
  if (i.status !== IntentionStatus.OPEN) throw new ConflictError(`The intention is ${i.status} already`);
  const problems = dateRangeProblems({ on: input.on });
  if (!input.note.trim()) problems.push({ field: 'note', problem: 'what the customer said' });
  if (input.outcome && input.outcome !== IntentionStatus.DECLINED && input.outcome !== IntentionStatus.OPEN)
    problems.push({ field: 'outcome', problem: 'a follow-up ends an intention as DECLINED; SUBSCRIBED comes with the subscription, LAPSED at the close' });
  refuse('The follow-up is not complete', problems);
  i.followUps = [...i.followUps, { on: input.on, by: p.username, note: input.note.trim() }];
  if (input.outcome === IntentionStatus.DECLINED) i.status = IntentionStatus.DECLINED;
  await em.flush();
  return i;
}

export async function recordSubscription(em: EntityManager, p: Principal, campaignId: string, input: SubscriptionInput): Promise<Subscription> {
  const ctx = await campaignContext(em, p, campaignId);
  refuse('The subscription is not complete', subscriptionProblems(input, { startsOn: ctx.campaign.issueStartsOn, endsOn: ctx.campaign.issueEndsOn }));
  requirePhase(ctx, 'subscription');
  let regionId: string;
  let customer: CustomerFacts | null = null;
  let agency: Agency | null = null;
  if (input.customerId) customer = (await facts(em, [input.customerId])).get(input.customerId)!;
  if (input.channel === 'AGENCY') {
    agency = await em.findOne(Agency, { id: input.agencyId!, campaignId });
    if (!agency) throw new BadInputError('Unknown agency', [{ field: 'agencyId', problem: `${input.agencyId} is not an agency of this campaign` }]);
    if (!mayManage(ctx.view)) throw new ForbiddenError('Agency sales are recorded by head-office marketing (the sales management group)');
    await requireQualified(em, agency.id, 'record sales');
    if (!agency.agreementSignedOn) throw new ConflictError('The agency has not signed the agency agreement (代销协议): it cannot record sales');
    regionId = agency.regionId;
  } else {
    const core = await em.findOne(CoreCustomer, { campaignId, customerId: customer!.id });
    const region = core ? ctx.regions.find((r) => r.id === core.regionId) : ctx.regions.find((r) => r.branchIds.includes(customer!.branchId));
    if (!region)
      throw new BadInputError('No regional group', [
        { field: 'customerId', problem: "no regional work group covers the customer's branch: assign the customer as a core customer" },
      ]);
    requireRegion(ctx, region, 'Recording a subscription');
    regionId = region.id;
  }
  return em.transactional(async (tx) => {
    const first = input.customerId ? !(await tx.count(Subscription, { campaignId, customerId: input.customerId })) : true;
    const s = tx.create(Subscription, {
      campaignId,
      channel: input.channel as SalesChannel,
      customerId: customer?.id ?? null,
      customerName: customer?.name ?? input.customerName!.trim(),
      agencyId: agency?.id ?? null,
      regionId,
      branchId: input.channel === 'DIRECT' ? customer!.branchId : null,
      managerId: input.channel === 'DIRECT' ? customer!.managerId : null,
      amountFen: input.amountFen,
      subscribedOn: input.subscribedOn,
      first,
      recordedBy: p.username,
    } as Subscription);
    await tx.flush();
    await addToDailySales(tx, s);
    if (customer) {
      const intention = await tx.findOne(SubscriptionIntention, { campaignId, customerId: customer.id, status: IntentionStatus.OPEN });
      if (intention) Object.assign(intention, { status: IntentionStatus.SUBSCRIBED, subscriptionId: s.id });
    }
    const region = ctx.regions.find((r) => r.id === regionId)!;
    recordEvent(tx, 'performance', 'SubscriptionRecorded', campaignId, {
      campaignId,
      subscriptionId: s.id,
      channel: s.channel,
      customerId: s.customerId,
      agencyId: s.agencyId,
      region: region.region,
      branchId: s.branchId,
      managerId: s.managerId,
      amountFen: s.amountFen,
      subscribedOn: s.subscribedOn,
      first: s.first,
    });
    await tx.flush();
    return s;
  });
}

/** Adds a subscription to the maintained daily aggregate (one upsert, in the subscription's transaction). */
export async function addToDailySales(
  tx: EntityManager,
  s: Pick<Subscription, 'campaignId' | 'subscribedOn' | 'regionId' | 'branchId' | 'agencyId' | 'channel' | 'amountFen'>,
): Promise<void> {
  await queryBound(
    tx,
    `insert into campaign_daily_sales (id, campaign_id, sales_date, region_id, branch_key, agency_key, channel, amount_fen, subscriptions) values (?, ?, ?, ?, ?, ?, ?, ?, 1)
     on conflict (campaign_id, sales_date, region_id, branch_key, agency_key, channel)
     do update set amount_fen = campaign_daily_sales.amount_fen + excluded.amount_fen, subscriptions = campaign_daily_sales.subscriptions + 1`,
    [randomUUID(), s.campaignId, s.subscribedOn, s.regionId, s.branchId ?? '', s.agencyId ?? '', s.channel, s.amountFen],
    { requireTransaction: true },
  );
}

export async function openServiceRequest(em: EntityManager, p: Principal, subscriptionId: string, note: string): Promise<ServiceRequest> {
  const s = await em.findOne(Subscription, subscriptionId);
  if (!s) throw new NotFoundError('Subscription', subscriptionId);
  const ctx = await campaignContext(em, p, s.campaignId);
  if (!mayActInRegion(ctx.view, s.regionId))
    throw new ForbiddenError("Service requests are opened by the customer's regional work group or head-office marketing");
  const refusal = serviceRequestRefusal(s);
  if (refusal) throw new BadInputError(refusal, [{ field: 'subscriptionId', problem: refusal }]);
  refuse('The request is not complete', note.trim() ? [] : [{ field: 'note', problem: 'what is to be done (address, time agreed)' }]);
  if (await em.count(ServiceRequest, { subscriptionId })) throw new ConflictError('A service request is open for this subscription already');
  return em.transactional(async (tx) => {
    const r = tx.create(ServiceRequest, {
      campaignId: s.campaignId,
      subscriptionId,
      customerId: s.customerId!,
      customerName: s.customerName,
      regionId: s.regionId,
      branchId: s.branchId!,
      managerId: s.managerId,
      note: note.trim(),
      openedBy: p.username,
    } as ServiceRequest);
    recordEvent(tx, 'performance', 'ServiceRequestOpened', s.campaignId, {
      campaignId: s.campaignId,
      requestId: r.id,
      subscriptionId,
      customerId: r.customerId,
      branchId: r.branchId,
      managerId: r.managerId,
      amountFen: s.amountFen,
      openedBy: p.username,
      openedAt: r.openedAt.toISOString(),
    });
    await tx.flush();
    return r;
  });
}

async function requestContext(em: EntityManager, p: Principal, id: string) {
  const r = await em.findOne(ServiceRequest, id);
  if (!r) throw new NotFoundError('Service request', id);
  const ctx = await campaignContext(em, p, r.campaignId);
  if (!mayActInRegion(ctx.view, r.regionId))
    throw new ForbiddenError("Service requests are handled by the customer's regional work group or head-office marketing");
  return r;
}

export async function assignServiceRequest(em: EntityManager, p: Principal, id: string, employeeId: string): Promise<ServiceRequest> {
  const r = await requestContext(em, p, id);
  if (r.status === ServiceRequestStatus.DONE) throw new ConflictError('The request is done already');
  if (!(await em.count(KnownEmployee, { id: employeeId })))
    throw new BadInputError('Unknown employee', [{ field: 'employeeId', problem: `${employeeId} is not known` }]);
  Object.assign(r, { assigneeId: employeeId, status: ServiceRequestStatus.ASSIGNED });
  await em.flush();
  return r;
}

export async function completeServiceRequest(em: EntityManager, p: Principal, id: string, note: string): Promise<ServiceRequest> {
  const r = await requestContext(em, p, id);
  if (r.status !== ServiceRequestStatus.ASSIGNED)
    throw new ConflictError(r.status === ServiceRequestStatus.DONE ? 'The request is done already' : 'Assign the request to someone first');
  refuse('Not complete', note.trim() ? [] : [{ field: 'note', problem: 'how it was done' }]);
  Object.assign(r, { status: ServiceRequestStatus.DONE, doneAt: new Date(), doneNote: note.trim() });
  await em.flush();
  return r;
}

export async function reallocate(
  em: EntityManager,
  p: Principal,
  campaignId: string,
  input: { kind: ReallocationKind; fromRegion: string; toRegion: string; employeeIds: string[]; materials?: string | null; reason: string },
): Promise<Reallocation> {
  const ctx = await campaignContext(em, p, campaignId);
  if (!mayReallocate(p, ctx.staffing))
    throw new ForbiddenError('Resources are reallocated between regions by the roadshow leadership group (路演推介领导小组)');
  requirePhase(ctx, 'change');
  const from = regionByCode(ctx, input.fromRegion);
  const to = regionByCode(ctx, input.toRegion);
  const problems: Problem[] = [];
  if (from.id === to.id) problems.push({ field: 'toRegion', problem: 'a different region' });
  if (!input.reason.trim()) problems.push({ field: 'reason', problem: 'why (e.g. the sales figures of the regions)' });
  if (input.kind === ReallocationKind.STAFF) {
    if (!input.employeeIds.length) problems.push({ field: 'employeeIds', problem: 'who moves' });
    for (const e of input.employeeIds)
      if (!ctx.staffing.some((m) => m.employeeId === e && m.unit === CampaignUnit.REGION && m.regionId === from.id))
        problems.push({ field: 'employeeIds', problem: `${e} is not a member of ${from.name}` });
  } else if (!input.materials?.trim()) problems.push({ field: 'materials', problem: 'what materials move, and how many' });
  refuse('The reallocation is not complete', problems);
  return em.transactional(async (tx) => {
    if (input.kind === ReallocationKind.STAFF)
      for (const m of ctx.staffing)
        if (m.unit === CampaignUnit.REGION && m.regionId === from.id && input.employeeIds.includes(m.employeeId)) m.regionId = to.id;
    const row = tx.create(Reallocation, {
      campaignId,
      kind: input.kind,
      fromRegionId: from.id,
      toRegionId: to.id,
      employeeIds: input.kind === ReallocationKind.STAFF ? input.employeeIds : [],
      materials: input.kind === ReallocationKind.MATERIALS ? input.materials!.trim() : null,
      reason: input.reason.trim(),
      decidedBy: p.username,
    } as Reallocation);
    await tx.flush();
    return row;
  });
}

// ---- after the issue (R-7.4) ----

export async function evaluate(
  em: EntityManager,
  p: Principal,
  campaignId: string,
  input: { subject: EvaluationSubject; region?: string | null; agencyId?: string | null; scores: Scores; summary: string },
): Promise<CampaignEvaluation> {
  const ctx = await campaignContext(em, p, campaignId);
  requireManage(ctx, 'The post-issue evaluation');
  requirePhase(ctx, 'evaluation');
  const problems = scoreProblems(input.scores);
  if (!input.summary.trim()) problems.push({ field: 'summary', problem: 'the summary (组织安排, 销售业绩, 客户服务)' });
  let subjectId = '';
  if (input.subject === EvaluationSubject.REGION) {
    if (!input.region) problems.push({ field: 'region', problem: 'the region evaluated' });
    else subjectId = regionByCode(ctx, input.region).id;
  } else {
    const a = input.agencyId ? await em.findOne(Agency, { id: input.agencyId, campaignId }) : null;
    if (!a) problems.push({ field: 'agencyId', problem: 'an agency of this campaign' });
    else subjectId = a.id;
  }
  refuse('The evaluation is not complete', problems);
  const row =
    (await em.findOne(CampaignEvaluation, { campaignId, subject: input.subject, subjectId })) ??
    em.create(CampaignEvaluation, { campaignId, subject: input.subject, subjectId } as CampaignEvaluation);
  Object.assign(row, {
    organisationScore: input.scores.organisation,
    salesScore: input.scores.sales,
    customerServiceScore: input.scores.customerService,
    summary: input.summary.trim(),
    evaluatedBy: p.username,
    evaluatedOn: localDate(),
  });
  await em.flush();
  return row;
}
