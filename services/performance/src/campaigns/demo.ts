/**
 * The demo campaign (`npm start`): one product issue in its issuing phase with 4 regional work groups,
 * 6 agencies, 200 core customers from the register (DEMO_CUSTOMERS) and two weeks of subscriptions,
 * loaded into an empty database. The customers are written into the KnownCustomer projection as the
 * register's events would (the demo register is seeded, not registered through the graph).
 */
import type { EntityManager } from '@mikro-orm/core';
import { DEMO_CUSTOMERS, DEMO_EMPLOYEES, demoRandom } from '@bg/service';
import { addDays as addDaysDemo } from '@bg/graphql';
import { DOOR_TO_DOOR_THRESHOLD_FEN, REGIONS, type RegionName } from './campaign-rules';
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
import { CampaignDailySales } from './report.entity';
import { KnownCustomer } from './customers';

const YUAN = 100;
export const DEMO_CAMPAIGN_CODE = 'JH-2026-01';
const ISSUE_START = '2026-11-16';
const DAYS = 14;

const AGENCIES: Array<{ name: string; region: RegionName; city: string }> = [
  { name: '招商银行', region: 'SOUTH', city: '深圳' },
  { name: '平安银行', region: 'SOUTH', city: '广州' },
  { name: '交通银行', region: 'EAST', city: '上海' },
  { name: '兴业银行', region: 'EAST', city: '福州' },
  { name: '中信银行', region: 'NORTH', city: '北京' },
  { name: '重庆银行', region: 'WEST', city: '重庆' },
];

export async function seedDemoCampaign(em: EntityManager): Promise<void> {
  if (!(await em.count(KnownCustomer, {})))
    for (const c of DEMO_CUSTOMERS)
      em.create(KnownCustomer, { id: c.id, name: c.name, branchId: c.branchId, managerId: c.responsibleEmployeeId, tier: null } as KnownCustomer);
  if (await em.count(Campaign, {})) return em.flush();
  const rnd = demoRandom('campaign:JH-2026-01');
  const campaign = em.create(Campaign, {
    code: DEMO_CAMPAIGN_CODE,
    name: '金桥稳健收益1号集合资产管理计划',
    targetFen: 800_000_000 * YUAN,
    phase: CampaignPhase.ISSUING,
    announcementOn: '2026-11-13',
    issueStartsOn: ISSUE_START,
    issueEndsOn: '2026-12-11',
    createdBy: 'mk.zhang',
    createdAt: new Date('2026-09-20T02:00:00Z'),
  } as Campaign);
  const phases: Array<[CampaignPhase, CampaignPhase, string, string]> = [
    [CampaignPhase.PREPARATION, CampaignPhase.AWAITING_APPROVAL, '2026-10-12T02:00:00Z', '申报材料已报送证监会'],
    [CampaignPhase.AWAITING_APPROVAL, CampaignPhase.APPROVED, '2026-11-02T02:00:00Z', '获得批文 (证监许可〔2026〕1234号)'],
    [CampaignPhase.APPROVED, CampaignPhase.ISSUING, `${ISSUE_START}T01:00:00Z`, '发行公告已刊登, 开始发行'],
  ];
  for (const [fromPhase, toPhase, at, comment] of phases)
    em.create(CampaignPhaseChange, {
      campaignId: campaign.id,
      fromPhase,
      toPhase,
      changedBy: 'mk.zhang',
      changedAt: new Date(at),
      comment,
    } as CampaignPhaseChange);
  const targets: Record<RegionName, number> = { NORTH: 150_000_000, EAST: 250_000_000, SOUTH: 300_000_000, WEST: 100_000_000 };
  const branches: Record<RegionName, string[]> = { NORTH: [], EAST: ['SH01'], SOUTH: ['SZ01', 'GZ01'], WEST: [] };
  const regions = {} as Record<RegionName, CampaignRegion>;
  for (const r of Object.keys(REGIONS) as RegionName[])
    regions[r] = em.create(CampaignRegion, {
      campaignId: campaign.id,
      region: r as CampaignRegionCode,
      name: REGIONS[r].name,
      areas: REGIONS[r].areas,
      branchIds: branches[r],
      targetFen: targets[r] * YUAN,
    } as CampaignRegion);

  // Staffing: the work group's groups, the leadership (张跃 its head), regional groups with managers drawn from the branches.
  const name = (id: string) => DEMO_EMPLOYEES.find((e) => e.id === id)?.name ?? { E9003: '韩梅', E9004: '曹斌', E9006: '张跃', E9007: '林晓' }[id] ?? id;
  const member = (employeeId: string, unit: CampaignUnit, region: RegionName | null, department: string, head = false) =>
    em.create(CampaignMember, {
      campaignId: campaign.id,
      employeeId,
      name: name(employeeId),
      unit,
      regionId: region ? regions[region].id : null,
      head,
      department,
    } as CampaignMember);
  member('E9006', CampaignUnit.ROADSHOW_LEADERSHIP, null, '营销管理总部', true);
  member('E9006', CampaignUnit.SALES_MANAGEMENT, null, '营销管理总部');
  member('E9003', CampaignUnit.MARKETING_PLANNING, null, '经纪业务综合室');
  member('E9004', CampaignUnit.CUSTOMER_SERVICE, null, '渠道管理部');
  member('E9007', CampaignUnit.REGION, 'SOUTH', '营销管理总部');
  const sh = DEMO_EMPLOYEES.filter((e) => e.branchId === 'SH01').map((e) => e.id);
  const gz = DEMO_EMPLOYEES.filter((e) => e.branchId === 'GZ01').map((e) => e.id);
  const sz = DEMO_EMPLOYEES.filter((e) => e.branchId === 'SZ01' && e.teamId === 'SZ01-T2').map((e) => e.id);
  for (const id of gz.slice(0, 3)) member(id, CampaignUnit.REGION, 'SOUTH', '广州天河营业部');
  for (const id of sh.slice(0, 3)) member(id, CampaignUnit.REGION, 'EAST', '上海浦东营业部');
  for (const id of sz.slice(0, 2)) member(id, CampaignUnit.REGION, 'NORTH', '深圳福田营业部');
  for (const id of sz.slice(2, 4)) member(id, CampaignUnit.REGION, 'WEST', '深圳福田营业部');

  // Agencies: reviewed, agreement signed, trained before and after approval, materials at their outlets, patrolled.
  const agencies: Agency[] = [];
  AGENCIES.forEach((a, i) => {
    const agency = em.create(Agency, {
      campaignId: campaign.id,
      name: a.name,
      regionId: regions[a.region].id,
      agreementFileRef: `archive://campaigns/JH-2026-01/代销协议-${a.name}.pdf`,
      agreementSignedOn: '2026-10-20',
      agreementStartsOn: '2026-10-20',
      agreementEndsOn: '2027-12-31',
      createdBy: 'mk.zhang',
    } as Agency);
    agencies.push(agency);
    em.create(QualificationReview, {
      agencyId: agency.id,
      outcome: QualificationOutcome.PASSED,
      rule: '《证券公司客户资产管理业务试行办法》代销机构资格要求',
      comment: '代销资格、网点与人员配备、风险控制制度齐备',
      reviewedBy: 'mk.zhang',
      reviewedOn: '2026-10-08',
      reviewedAt: new Date(`2026-10-08T0${i}:00:00Z`),
    } as QualificationReview);
    em.create(AgencyTraining, {
      agencyId: agency.id,
      kind: AgencyTrainingKind.TRAINING,
      afterApproval: false,
      heldOn: '2026-10-22',
      topics: '计划简介; 投资指南; 业务规则与业务流程; 客户服务介绍',
      branches: [`${a.name}${a.city}分行`],
      attendees: 30 + i * 5,
      recordedBy: 'mk.zhang',
    } as AgencyTraining);
    em.create(AgencyTraining, {
      agencyId: agency.id,
      kind: AgencyTrainingKind.INTENSIVE_TRAINING,
      afterApproval: true,
      heldOn: '2026-11-05',
      topics: '强化培训: 销售话术与适当性管理',
      branches: [`${a.name}${a.city}分行`],
      attendees: 40 + i * 5,
      recordedBy: 'mk.zhang',
    } as AgencyTraining);
    const outlets = ['营业部', '中心支行', '高新支行'].map((o) =>
      em.create(AgencyOutlet, { agencyId: agency.id, name: `${a.name}${a.city}${o}`, city: a.city, designated: true } as AgencyOutlet),
    );
    outlets.forEach((o, j) => {
      for (const item of ['宣传折页', '海报', '招募说明书'])
        em.create(MaterialDelivery, {
          agencyId: agency.id,
          outletId: o.id,
          item,
          quantity: item === '海报' ? 10 : 500,
          sentOn: '2026-11-06',
          // one poster has not arrived (the checklist shows it)
          arrivedOn: i === 5 && j === 2 && item === '海报' ? null : '2026-11-10',
          sentBy: 'mk.zhang',
        } as MaterialDelivery);
    });
    const patrol = em.create(AgencyPatrol, {
      agencyId: agency.id,
      outletId: outlets[0].id,
      patrolledOn: '2026-11-20',
      findings: i % 2 ? '宣传材料摆放到位, 柜员熟悉产品' : '风险揭示书未放在显著位置',
      patrolledBy: 'mk.zhang',
    } as AgencyPatrol);
    if (i % 2 === 0)
      em.create(PatrolFix, {
        patrolId: patrol.id,
        requirement: '风险揭示书放在柜台显著位置, 并向每位认购客户揭示',
        dueOn: '2026-11-23',
        status: i === 0 ? PatrolFixStatus.DONE : PatrolFixStatus.OPEN,
        doneOn: i === 0 ? '2026-11-22' : null,
        doneNote: i === 0 ? '复查已整改' : null,
        closedBy: i === 0 ? 'mk.zhang' : null,
      } as PatrolFix);
  });

  // 200 core customers: Guangzhou's to the South (60) and West (40), Shanghai's to the East (60) and North (40).
  const core: Array<{ c: (typeof DEMO_CUSTOMERS)[number]; region: RegionName }> = [];
  const gzC = DEMO_CUSTOMERS.filter((c) => c.branchId === 'GZ01');
  const shC = DEMO_CUSTOMERS.filter((c) => c.branchId === 'SH01');
  gzC.slice(0, 60).forEach((c) => core.push({ c, region: 'SOUTH' }));
  gzC.slice(60, 100).forEach((c) => core.push({ c, region: 'WEST' }));
  shC.slice(0, 60).forEach((c) => core.push({ c, region: 'EAST' }));
  shC.slice(60, 100).forEach((c) => core.push({ c, region: 'NORTH' }));
  const regionOf = (r: RegionName) => regions[r].id;
  for (const { c, region } of core)
    em.create(CoreCustomer, {
      campaignId: campaign.id,
      customerId: c.id,
      customerName: c.name,
      regionId: regionOf(region),
      branchId: c.branchId,
      managerId: c.responsibleEmployeeId,
      assignedBy: 'mk.zhang',
    } as CoreCustomer);
  core.forEach(({ c, region }, i) => {
    if (i % 2 === 0)
      em.create(CampaignVisit, {
        campaignId: campaign.id,
        customerId: c.id,
        regionId: regionOf(region),
        branchId: c.branchId,
        managerId: c.responsibleEmployeeId,
        visitedOn: addDaysDemo('2026-10-13', i % 15),
        notes: '介绍公司运作情况与产品投资理念, 了解客户需求',
        visitedBy: 'mk.zhang',
      } as CampaignVisit);
  });
  for (const r of Object.keys(REGIONS) as RegionName[]) {
    const mine = core.filter((x) => x.region === r).slice(0, 12);
    em.create(Roadshow, {
      campaignId: campaign.id,
      regionId: regionOf(r),
      heldOn: '2026-11-09',
      city: { NORTH: '北京', EAST: '上海', SOUTH: '广州', WEST: '成都' }[r],
      venue: '路演推介会 (酒店会议厅)',
      customerIds: mine.map((x) => x.c.id),
      attendees: 40 + mine.length,
      recordedBy: 'mk.zhang',
    } as Roadshow);
  }

  // Two weeks of subscriptions: 130 core customers subscribe (some twice), the agencies sell every day.
  const sales = new Map<string, CampaignDailySales>();
  const add = (s: Subscription) => {
    const key = [s.subscribedOn, s.regionId, s.branchId ?? '', s.agencyId ?? '', s.channel].join('|');
    let row = sales.get(key);
    if (!row)
      sales.set(
        key,
        (row = em.create(CampaignDailySales, {
          campaignId: campaign.id,
          salesDate: s.subscribedOn,
          regionId: s.regionId,
          branchKey: s.branchId ?? '',
          agencyKey: s.agencyId ?? '',
          channel: s.channel,
          amountFen: 0,
          subscriptions: 0,
        } as CampaignDailySales)),
      );
    row.amountFen += s.amountFen;
    row.subscriptions += 1;
  };
  const recordedAt = (day: string, i: number) => new Date(`${day}T0${2 + (i % 7)}:${String(i % 60).padStart(2, '0')}:00Z`);
  core.forEach(({ c, region }, i) => {
    const intends = i < 150;
    const subscribes = i < 130;
    const institution = c.kind === 'INSTITUTION';
    const amount = Math.round((institution ? 3_000_000 + rnd() * 17_000_000 : 100_000 + rnd() * 2_900_000) / 10_000) * 10_000 * YUAN;
    let intention: SubscriptionIntention | null = null;
    if (intends)
      intention = em.create(SubscriptionIntention, {
        campaignId: campaign.id,
        customerId: c.id,
        customerName: c.name,
        regionId: regionOf(region),
        branchId: c.branchId,
        managerId: c.responsibleEmployeeId,
        intendedFen: amount,
        status: subscribes ? IntentionStatus.SUBSCRIBED : i % 3 === 0 ? IntentionStatus.DECLINED : IntentionStatus.OPEN,
        followUps: [{ on: '2026-11-10', by: 'mk.zhang', note: subscribes ? '确认认购意向, 待资金到位' : '仍在考虑' }],
        recordedBy: 'mk.zhang',
        recordedOn: '2026-11-09',
      } as SubscriptionIntention);
    if (!subscribes) return;
    const day = addDaysDemo(ISSUE_START, Math.floor(rnd() * DAYS));
    const s = em.create(Subscription, {
      campaignId: campaign.id,
      channel: SalesChannel.DIRECT,
      customerId: c.id,
      customerName: c.name,
      agencyId: null,
      regionId: regionOf(region),
      branchId: c.branchId,
      managerId: c.responsibleEmployeeId,
      amountFen: amount,
      subscribedOn: day,
      first: true,
      recordedBy: 'mk.zhang',
      recordedAt: recordedAt(day, i),
    } as Subscription);
    add(s);
    if (intention) intention.subscriptionId = s.id;
    if (amount > DOOR_TO_DOOR_THRESHOLD_FEN) {
      const done = day < '2026-11-25';
      em.create(ServiceRequest, {
        campaignId: campaign.id,
        subscriptionId: s.id,
        customerId: c.id,
        customerName: c.name,
        regionId: regionOf(region),
        branchId: c.branchId,
        managerId: c.responsibleEmployeeId,
        status: done ? ServiceRequestStatus.DONE : i % 2 ? ServiceRequestStatus.ASSIGNED : ServiceRequestStatus.OPEN,
        note: '上门开户及认购办理',
        openedBy: 'mk.zhang',
        openedAt: recordedAt(day, i),
        assigneeId: done || i % 2 ? c.responsibleEmployeeId : null,
        doneAt: done ? recordedAt(addDaysDemo(day, 1), i) : null,
        doneNote: done ? '已上门办理开户与认购' : null,
      } as ServiceRequest);
    }
    if (i % 4 === 0) {
      const again = addDaysDemo(day, 2);
      if (again < addDaysDemo(ISSUE_START, DAYS)) {
        const s2 = em.create(Subscription, {
          campaignId: campaign.id,
          channel: SalesChannel.DIRECT,
          customerId: c.id,
          customerName: c.name,
          agencyId: null,
          regionId: regionOf(region),
          branchId: c.branchId,
          managerId: c.responsibleEmployeeId,
          amountFen: Math.round(amount / 2 / 10_000 / YUAN) * 10_000 * YUAN,
          subscribedOn: again,
          first: false,
          recordedBy: 'mk.zhang',
          recordedAt: recordedAt(again, i + 1),
        } as Subscription);
        add(s2);
      }
    }
  });
  let n = 0;
  for (let d = 0; d < DAYS; d++) {
    const day = addDaysDemo(ISSUE_START, d);
    agencies.forEach((agency) => {
      const count = 5 + Math.floor(rnd() * 10);
      for (let k = 0; k < count; k++, n++) {
        const s = em.create(Subscription, {
          campaignId: campaign.id,
          channel: SalesChannel.AGENCY,
          customerId: null,
          customerName: `${agency.name}代销客户${String(n + 1).padStart(4, '0')}`,
          agencyId: agency.id,
          regionId: agency.regionId,
          branchId: null,
          managerId: null,
          amountFen: Math.round((50_000 + rnd() * 950_000) / 1_000) * 1_000 * YUAN,
          subscribedOn: day,
          first: true,
          recordedBy: 'mk.zhang',
          recordedAt: recordedAt(day, n),
        } as Subscription);
        add(s);
      }
    });
  }
  em.create(Reallocation, {
    campaignId: campaign.id,
    kind: ReallocationKind.MATERIALS,
    fromRegionId: regions.WEST.id,
    toRegionId: regions.SOUTH.id,
    employeeIds: [] as string[],
    materials: '宣传折页 2000 份',
    reason: '南方地区认购进度快于目标, 西部地区材料富余',
    decidedBy: 'mk.zhang',
    decidedAt: new Date('2026-11-23T02:00:00Z'),
  } as Reallocation);
  await em.flush();
}
