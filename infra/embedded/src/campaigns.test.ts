/**
 * Product issue campaigns (R-7, issue 17) through the gateway, from set-up to evaluation with the
 * right role at each step: head-office marketing (mk.zhang, campaign-staff, head of the roadshow
 * leadership) sets up the campaign, its regions and staffing and the agencies; a South regional
 * group member (mk.south) works the South's core customers only; subscriptions feed the daily
 * report (by region, branch, agency, channel) that each role sees its part of; the door-to-door
 * service request over 5,000,000 yuan; the close, the events, and the cross-region evaluation.
 * Refusals on the way: an agency without a passed review gets no materials and records no sales;
 * no service request under the threshold; a region's member does not see another region's customers.
 */
import { OutboxMessage } from '@bg/events';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 300_000);
afterAll(() => t?.stop());

const YUAN = 100;
const code = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;
const ok = (r: { body: { data?: any; errors?: any[] } }) => {
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data;
};
const fields = (body: { errors?: any[] }) => (body.errors?.[0]?.extensions?.problems ?? []).map((p: any) => p.field).sort();

const CAMPAIGN = {
  code: 'JH-TEST-01',
  name: '测试稳健1号集合资产管理计划',
  targetFen: 100_000_000 * YUAN,
  announcementOn: '2027-03-10',
  issueStartsOn: '2027-03-15',
  issueEndsOn: '2027-04-15',
  regions: [
    { region: 'SOUTH', branchIds: ['SZ01', 'GZ01'], targetFen: 50_000_000 * YUAN },
    { region: 'EAST', branchIds: ['SH01'], targetFen: 30_000_000 * YUAN },
    { region: 'NORTH', branchIds: [] },
    { region: 'WEST', branchIds: [] },
  ],
};
// GZ01's register (DEMO_CUSTOMERS): cm.gz (E2001) is responsible for C-GZ01-0001; 0005 is an institution of another manager.
const SOUTH_OWN = 'C-GZ01-0001';
const SOUTH_OTHER = 'C-GZ01-0005';
const EAST_ONE = 'C-SH01-0001';

let id: string;
const agencies: Record<string, string> = {};

const mutate = (user: string, q: string, v?: object) => t.ask(user, `mutation${q}`, v);

describe('a product issue campaign, set up by head-office marketing (R-7.1)', () => {
  it('is set up by campaign-staff only, refused whole with every reason', async () => {
    const Q = `($i: CampaignInput!) { createCampaign(input: $i) { id code phase regions { region branchIds targetFen } } }`;
    expect(code((await mutate('cm.gz', Q, { i: CAMPAIGN })).body)).toBe('FORBIDDEN');
    expect(code((await mutate('bo.han', Q, { i: CAMPAIGN })).body)).toBe('FORBIDDEN');
    const bad = await mutate('mk.zhang', Q, {
      i: { ...CAMPAIGN, code: '!', issueEndsOn: '2027-03-01', regions: [...CAMPAIGN.regions, { region: 'EAST', branchIds: ['SH01', 'XX99'] }] },
    });
    expect(code(bad.body)).toBe('BAD_USER_INPUT');
    expect(fields(bad.body)).toEqual(['code', 'issueEndsOn', 'regions.4.branchIds', 'regions.4.branchIds', 'regions.4.region']);
    const c = ok(await mutate('mk.zhang', Q, { i: CAMPAIGN })).createCampaign;
    expect(c).toMatchObject({ code: 'JH-TEST-01', phase: 'PREPARATION' });
    expect(c.regions.map((r: any) => r.region).sort()).toEqual(['EAST', 'NORTH', 'SOUTH', 'WEST']);
    id = c.id;
  });

  it('is staffed with named employees: the work group, the roadshow leadership with its head, regional groups', async () => {
    const Q = `($c: ID!, $m: [CampaignMemberInput!]!) { staffCampaign(campaignId: $c, members: $m) { employeeId name unit regionId head } }`;
    const members = [
      { employeeId: 'E9006', unit: 'ROADSHOW_LEADERSHIP', head: true, department: '营销管理总部' },
      { employeeId: 'E9006', unit: 'SALES_MANAGEMENT' },
      { employeeId: 'E9003', unit: 'MARKETING_PLANNING', department: '经纪业务综合室' },
      { employeeId: 'E9004', unit: 'CUSTOMER_SERVICE' },
      { employeeId: 'E9007', unit: 'REGION', region: 'SOUTH' },
      { employeeId: 'E2110', unit: 'REGION', region: 'SOUTH', department: '广州天河营业部' },
      { employeeId: 'E3110', unit: 'REGION', region: 'EAST', department: '上海浦东营业部' },
    ];
    const noHead = await mutate('mk.zhang', Q, { c: id, m: members.map((m) => ({ ...m, head: false })) });
    expect(code(noHead.body)).toBe('BAD_USER_INPUT');
    expect(fields(noHead.body)).toEqual(['members']);
    const staffed = ok(await mutate('mk.zhang', Q, { c: id, m: members })).staffCampaign;
    expect(staffed).toHaveLength(7);
    expect(staffed.find((m: any) => m.head)).toMatchObject({ employeeId: 'E9006', name: '张跃', unit: 'ROADSHOW_LEADERSHIP' });
    // mk.south is now a South member only: no head-office work
    expect(code((await mutate('mk.south', Q, { c: id, m: members })).body)).toBe('FORBIDDEN');
  });
});

describe('agencies (代销, R-7.2)', () => {
  const REGISTER = `($c: ID!, $i: AgencyInput!) { registerAgency(campaignId: $c, input: $i) { id name outlets { id name designated } } }`;
  const MATERIALS = `($a: ID!, $i: MaterialsInput!) { sendPromotionMaterials(agencyId: $a, input: $i) { id item outletId arrivedOn } }`;
  let outlets: string[] = [];

  it('registers agencies with their outlets; materials wait for a passed qualification review', async () => {
    const a = ok(
      await mutate('mk.zhang', REGISTER, {
        c: id,
        i: {
          name: '招商银行',
          region: 'SOUTH',
          outlets: [
            { name: '深圳分行营业部', city: '深圳' },
            { name: '广州天河支行', city: '广州' },
            { name: '罗湖支行', city: '深圳', designated: false },
          ],
        },
      }),
    ).registerAgency;
    agencies.A = a.id;
    outlets = a.outlets.filter((o: any) => o.designated).map((o: any) => o.id);
    agencies.B = ok(
      await mutate('mk.zhang', REGISTER, { c: id, i: { name: '交通银行', region: 'EAST', outlets: [{ name: '上海分行营业部', city: '上海' }] } }),
    ).registerAgency.id;
    expect(code((await mutate('mk.south', REGISTER, { c: id, i: { name: '平安银行', region: 'SOUTH', outlets: [] } })).body)).toBe('FORBIDDEN');

    const send = (agency: string, o: string[]) =>
      mutate('mk.zhang', MATERIALS, {
        a: agency,
        i: {
          outletIds: o,
          items: [
            { item: '宣传折页', quantity: 500 },
            { item: '海报', quantity: 10 },
          ],
          sentOn: '2027-03-02',
        },
      });
    const before = await send(agencies.A, outlets);
    expect(code(before.body)).toBe('CONFLICT');
    expect(before.body.errors![0].message).toMatch(/not been qualification-reviewed/);
  });

  it('records the review (who, when, outcome, rule), the agreement and the training before approval', async () => {
    const REVIEW = `($a: ID!, $i: QualificationReviewInput!) { reviewAgencyQualification(agencyId: $a, input: $i) { outcome rule reviewedBy reviewedOn } }`;
    const rule = '《证券公司客户资产管理业务试行办法》代销机构资格要求';
    expect(ok(await mutate('mk.zhang', REVIEW, { a: agencies.A, i: { outcome: 'PASSED', rule, reviewedOn: '2027-02-20' } })).reviewAgencyQualification).toEqual(
      {
        outcome: 'PASSED',
        rule,
        reviewedBy: 'mk.zhang',
        reviewedOn: '2027-02-20',
      },
    );
    const failNoReason = await mutate('mk.zhang', REVIEW, { a: agencies.B, i: { outcome: 'FAILED', rule: ' ', reviewedOn: '2027-02-20' } });
    expect(fields(failNoReason.body)).toEqual(['comment', 'rule']);
    ok(await mutate('mk.zhang', REVIEW, { a: agencies.B, i: { outcome: 'FAILED', rule, comment: '风险控制制度不健全', reviewedOn: '2027-02-20' } }));

    const AGREE = `($a: ID!, $i: AgencyAgreementInput!) { recordAgencyAgreement(agencyId: $a, input: $i) { agreementFileRef agreementSignedOn } }`;
    const agreement = { fileRef: 'archive://JH-TEST-01/代销协议.pdf', signedOn: '2027-02-25', startsOn: '2027-02-25', endsOn: '2027-12-31' };
    expect(ok(await mutate('mk.zhang', AGREE, { a: agencies.A, i: agreement })).recordAgencyAgreement.agreementSignedOn).toBe('2027-02-25');
    expect(code((await mutate('mk.zhang', AGREE, { a: agencies.B, i: agreement })).body)).toBe('CONFLICT');

    const TRAIN = `($a: ID!, $i: AgencyTrainingInput!) { recordAgencyTraining(agencyId: $a, input: $i) { kind afterApproval } }`;
    const session = (kind: string) => ({
      kind,
      heldOn: '2027-02-26',
      topics: '计划简介, 投资指南, 业务规则与流程, 客户服务',
      branches: ['深圳分行'],
      attendees: 35,
    });
    expect(ok(await mutate('mk.zhang', TRAIN, { a: agencies.A, i: session('TRAINING') })).recordAgencyTraining).toEqual({
      kind: 'TRAINING',
      afterApproval: false,
    });
    expect(code((await mutate('mk.zhang', TRAIN, { a: agencies.A, i: session('INTENSIVE_TRAINING') })).body)).toBe('CONFLICT');
  });
});

describe('direct sales before approval (R-7.3)', () => {
  it('assigns core customers from the register to regional groups, each group its own region', async () => {
    const Q = `($c: ID!, $r: CampaignRegionCode!, $ids: [ID!]!) { assignCoreCustomers(campaignId: $c, region: $r, customerIds: $ids) { customerId customerName branchId managerId } }`;
    const south = ok(await mutate('mk.south', Q, { c: id, r: 'SOUTH', ids: [SOUTH_OWN, SOUTH_OTHER] })).assignCoreCustomers;
    expect(south.find((c: any) => c.customerId === SOUTH_OWN)).toMatchObject({ branchId: 'GZ01', managerId: 'E2001' });
    expect(code((await mutate('mk.south', Q, { c: id, r: 'EAST', ids: [EAST_ONE] })).body)).toBe('FORBIDDEN');
    ok(await mutate('mk.zhang', Q, { c: id, r: 'EAST', ids: [EAST_ONE] }));
    const unknown = await mutate('mk.zhang', Q, { c: id, r: 'EAST', ids: ['C-NOBODY'] });
    expect(code(unknown.body)).toBe('BAD_USER_INPUT');
  });

  it('takes a customer registered in attendance through the register event', async () => {
    const reg = ok(
      await t.ask(
        'cm.gz',
        `mutation { registerCustomer(input: { name: "广州新客户有限公司", kind: INSTITUTION, assetsFen: 300000000, assetsAsOf: "2026-11-20" }) { id } }`,
      ),
    ).registerCustomer;
    await t.graph.settle();
    const Q = `mutation($c: ID!, $ids: [ID!]!) { assignCoreCustomers(campaignId: $c, region: SOUTH, customerIds: $ids) { customerName branchId managerId } }`;
    expect(ok(await t.ask('mk.south', Q, { c: id, ids: [reg.id] })).assignCoreCustomers).toEqual([
      { customerName: '广州新客户有限公司', branchId: 'GZ01', managerId: 'E2001' },
    ]);
  });

  it('records visits before approval, by the customer’s region', async () => {
    const Q = `($c: ID!, $i: CampaignVisitInput!) { recordCampaignVisit(campaignId: $c, input: $i) { customerId visitedBy } }`;
    expect(
      ok(await mutate('mk.south', Q, { c: id, i: { customerId: SOUTH_OTHER, visitedOn: '2027-02-10', notes: '介绍产品投资理念' } })).recordCampaignVisit
        .visitedBy,
    ).toBe('mk.south');
    expect(code((await mutate('mk.south', Q, { c: id, i: { customerId: EAST_ONE, visitedOn: '2027-02-10', notes: '介绍' } })).body)).toBe('FORBIDDEN');
  });

  it('moves one phase at a time', async () => {
    const Q = (to: string) => `mutation { advanceCampaignPhase(campaignId: "${id}", to: ${to}, comment: "ok") { phase } }`;
    expect(code((await t.ask('mk.zhang', Q('ISSUING'))).body)).toBe('CONFLICT');
    expect(code((await t.ask('mk.south', Q('AWAITING_APPROVAL'))).body)).toBe('FORBIDDEN');
    expect(ok(await t.ask('mk.zhang', Q('AWAITING_APPROVAL'))).advanceCampaignPhase.phase).toBe('AWAITING_APPROVAL');
    expect(ok(await t.ask('mk.zhang', Q('APPROVED'))).advanceCampaignPhase.phase).toBe('APPROVED');
  });
});

describe('after approval', () => {
  it('holds roadshows per region, intensive training, and no more visits', async () => {
    const visit = await t.ask(
      'mk.south',
      `mutation { recordCampaignVisit(campaignId: "${id}", input: { customerId: "${SOUTH_OTHER}", visitedOn: "2027-03-02", notes: "x" }) { id } }`,
    );
    expect(code(visit.body)).toBe('CONFLICT');
    const R = `mutation($c: ID!, $i: RoadshowInput!) { recordRoadshow(campaignId: $c, input: $i) { city attendees customerIds } }`;
    const show = { region: 'SOUTH', heldOn: '2027-03-05', city: '广州', venue: '白天鹅宾馆', customerIds: [SOUTH_OWN, SOUTH_OTHER], attendees: 60 };
    expect(ok(await t.ask('mk.south', R, { c: id, i: show })).recordRoadshow).toMatchObject({ city: '广州', attendees: 60 });
    expect(code((await t.ask('mk.south', R, { c: id, i: { ...show, region: 'EAST', customerIds: [] } })).body)).toBe('FORBIDDEN');
    const TRAIN = `mutation($a: ID!) { recordAgencyTraining(agencyId: $a, input: { kind: INTENSIVE_TRAINING, heldOn: "2027-03-06", topics: "强化培训", branches: ["深圳分行"], attendees: 40 }) { afterApproval } }`;
    expect(ok(await t.ask('mk.zhang', TRAIN, { a: agencies.A })).recordAgencyTraining.afterApproval).toBe(true);
    expect(code((await t.ask('mk.zhang', TRAIN, { a: agencies.B })).body)).toBe('CONFLICT');
  });

  it('sends materials to a qualified agency’s designated outlets and shows what has not arrived', async () => {
    const A = (
      await t.ask('mk.zhang', `{ campaign(id: "${id}") { agencies { nodes { id name outlets { id designated } } } } }`)
    ).body.data.campaign.agencies.nodes.find((a: any) => a.id === agencies.A);
    const designated = A.outlets.filter((o: any) => o.designated).map((o: any) => o.id);
    const MATERIALS = `mutation($a: ID!, $i: MaterialsInput!) { sendPromotionMaterials(agencyId: $a, input: $i) { id outletId item } }`;
    const input = (o: string[]) => ({
      outletIds: o,
      items: [
        { item: '宣传折页', quantity: 500 },
        { item: '海报', quantity: 10 },
      ],
      sentOn: '2027-03-06',
    });
    const sent = ok(await t.ask('mk.zhang', MATERIALS, { a: agencies.A, i: input(designated) })).sendPromotionMaterials;
    expect(sent).toHaveLength(4);
    const failed = await t.ask('mk.zhang', MATERIALS, { a: agencies.B, i: input([]) });
    expect(code(failed.body)).toBe('BAD_USER_INPUT'); // no outlets named: refused whole before the review is even looked at
    const B = (await t.ask('mk.zhang', `{ campaign(id: "${id}") { agencies { nodes { id outlets { id } } } } }`)).body.data.campaign.agencies.nodes.find(
      (a: any) => a.id === agencies.B,
    );
    const refused = await t.ask('mk.zhang', MATERIALS, { a: agencies.B, i: input([B.outlets[0].id]) });
    expect(code(refused.body)).toBe('CONFLICT');
    expect(refused.body.errors![0].message).toMatch(/failed its qualification review/);

    const arrived = sent.filter((d: any) => d.outletId === designated[0] || d.item === '宣传折页').map((d: any) => d.id);
    ok(
      await t.ask('mk.zhang', `mutation($ids: [ID!]!) { confirmMaterialsArrived(deliveryIds: $ids, arrivedOn: "2027-03-09") { arrivedOn } }`, { ids: arrived }),
    );
    const checklist = ok(
      await t.ask('mk.zhang', `{ materialsChecklist(campaignId: "${id}", onlyIncomplete: true) { agencyName outlet { id } complete missing late } }`),
    ).materialsChecklist;
    expect(checklist).toEqual([
      { agencyName: '交通银行', outlet: { id: B.outlets[0].id }, complete: false, missing: ['(nothing sent yet)'], late: [] },
      { agencyName: '招商银行', outlet: { id: designated[1] }, complete: false, missing: ['海报'], late: [] },
    ]);
  });

  it('follows an intention and starts the issue', async () => {
    const I = `mutation($c: ID!, $i: IntentionInput!) { recordSubscriptionIntention(campaignId: $c, input: $i) { id status managerId } }`;
    const own = ok(
      await t.ask('mk.south', I, { c: id, i: { customerId: SOUTH_OWN, intendedFen: 6_000_000 * YUAN, note: '有意认购' } }),
    ).recordSubscriptionIntention;
    expect(own).toMatchObject({ status: 'OPEN', managerId: 'E2001' });
    const other = ok(
      await t.ask('mk.south', I, { c: id, i: { customerId: SOUTH_OTHER, intendedFen: 1_000_000 * YUAN, note: '' } }),
    ).recordSubscriptionIntention;
    const F = `mutation($i: ID!, $f: IntentionFollowUpInput!) { followUpIntention(intentionId: $i, input: $f) { status followUps { on by note } } }`;
    expect(ok(await t.ask('mk.south', F, { i: other.id, f: { note: '资金下周到位', on: '2027-03-12' } })).followUpIntention.followUps).toEqual([
      { on: '2027-03-12', by: 'mk.south', note: '资金下周到位' },
    ]);
    expect(ok(await t.ask('mk.zhang', `mutation { advanceCampaignPhase(campaignId: "${id}", to: ISSUING) { phase } }`)).advanceCampaignPhase.phase).toBe(
      'ISSUING',
    );
  });
});

describe('during the issue', () => {
  const SUB = `mutation($c: ID!, $i: SubscriptionInput!) { recordSubscription(campaignId: $c, input: $i) { id channel regionId branchId managerId amountFen first } }`;
  const subs: Record<string, string> = {};

  it('records subscriptions: direct by the customer’s region, agency only for a qualified agency with its agreement', async () => {
    const big = ok(
      await t.ask('mk.south', SUB, { c: id, i: { channel: 'DIRECT', customerId: SOUTH_OWN, amountFen: 6_000_000 * YUAN, subscribedOn: '2027-03-15' } }),
    ).recordSubscription;
    expect(big).toMatchObject({ channel: 'DIRECT', branchId: 'GZ01', managerId: 'E2001', first: true });
    subs.big = big.id;
    subs.small = ok(
      await t.ask('mk.south', SUB, { c: id, i: { channel: 'DIRECT', customerId: SOUTH_OTHER, amountFen: 1_000_000 * YUAN, subscribedOn: '2027-03-15' } }),
    ).recordSubscription.id;
    subs.again = ok(
      await t.ask('mk.south', SUB, { c: id, i: { channel: 'DIRECT', customerId: SOUTH_OWN, amountFen: 7_000_000 * YUAN, subscribedOn: '2027-03-16' } }),
    ).recordSubscription.id;
    expect(
      code((await t.ask('mk.south', SUB, { c: id, i: { channel: 'DIRECT', customerId: EAST_ONE, amountFen: 100, subscribedOn: '2027-03-16' } })).body),
    ).toBe('FORBIDDEN');
    ok(await t.ask('mk.zhang', SUB, { c: id, i: { channel: 'DIRECT', customerId: EAST_ONE, amountFen: 2_000_000 * YUAN, subscribedOn: '2027-03-16' } }));
    const agencySale = (agencyId: string, user = 'mk.zhang') =>
      t.ask(user, SUB, { c: id, i: { channel: 'AGENCY', agencyId, customerName: '代销客户甲', amountFen: 500_000 * YUAN, subscribedOn: '2027-03-16' } });
    ok(await agencySale(agencies.A));
    const refused = await agencySale(agencies.B);
    expect(code(refused.body)).toBe('CONFLICT');
    expect(refused.body.errors![0].message).toMatch(/failed its qualification review/);
    expect(code((await agencySale(agencies.A, 'mk.south')).body)).toBe('FORBIDDEN');
    const bad = await t.ask('mk.zhang', SUB, { c: id, i: { channel: 'DIRECT', amountFen: 0, subscribedOn: '2027-05-01' } });
    expect(fields(bad.body)).toEqual(['amountFen', 'customerId', 'subscribedOn']);
    // the intention followed to its outcome
    const intentions = ok(await t.ask('mk.south', `{ campaign(id: "${id}") { intentions { nodes { customerId status subscriptionId } } } }`)).campaign
      .intentions.nodes;
    expect(intentions.find((i: any) => i.customerId === SOUTH_OWN)).toEqual({ customerId: SOUTH_OWN, status: 'SUBSCRIBED', subscriptionId: subs.big });
  });

  it('opens a door-to-door service request only for a first subscription over 5,000,000 yuan, tracked to done', async () => {
    const OPEN = `mutation($s: ID!) { openServiceRequest(subscriptionId: $s, note: "周三上午上门办理") { id status customerId } }`;
    const under = await t.ask('mk.south', OPEN, { s: subs.small });
    expect(code(under.body)).toBe('BAD_USER_INPUT');
    expect(under.body.errors![0].message).toMatch(/over 5,000,000 yuan/);
    expect(code((await t.ask('mk.south', OPEN, { s: subs.again })).body)).toBe('BAD_USER_INPUT'); // not the first subscription
    const r = ok(await t.ask('mk.south', OPEN, { s: subs.big })).openServiceRequest;
    expect(r).toMatchObject({ status: 'OPEN', customerId: SOUTH_OWN });
    expect(code((await t.ask('mk.south', OPEN, { s: subs.big })).body)).toBe('CONFLICT');
    expect(code((await t.ask('mk.south', `mutation { completeServiceRequest(id: "${r.id}", note: "done") { status } }`)).body)).toBe('CONFLICT');
    expect(
      ok(await t.ask('mk.south', `mutation { assignServiceRequest(id: "${r.id}", employeeId: "E2110") { status assigneeId } }`)).assignServiceRequest,
    ).toEqual({
      status: 'ASSIGNED',
      assigneeId: 'E2110',
    });
    expect(
      ok(await t.ask('mk.south', `mutation { completeServiceRequest(id: "${r.id}", note: "已上门开户并认购") { status } }`)).completeServiceRequest.status,
    ).toBe('DONE');
  });

  it('patrols agency outlets and follows the fixes to closure', async () => {
    const outlet = ok(await t.ask('mk.zhang', `{ campaign(id: "${id}") { agencies { nodes { id outlets { id } } } } }`)).campaign.agencies.nodes.find(
      (a: any) => a.id === agencies.A,
    ).outlets[0].id;
    const P = `mutation($a: ID!, $i: PatrolInput!) { recordAgencyPatrol(agencyId: $a, input: $i) { id findings fixes { id status dueOn } } }`;
    const patrol = ok(
      await t.ask('mk.zhang', P, {
        a: agencies.A,
        i: { outletId: outlet, patrolledOn: '2027-03-17', findings: '风险揭示书未摆放', fixes: [{ requirement: '风险揭示书放在柜台', dueOn: '2027-03-20' }] },
      }),
    ).recordAgencyPatrol;
    expect(patrol.fixes).toEqual([{ id: expect.any(String), status: 'OPEN', dueOn: '2027-03-20' }]);
    const fix = patrol.fixes[0].id;
    expect(
      ok(await t.ask('mk.zhang', `mutation { closePatrolFix(fixId: "${fix}", doneOn: "2027-03-19", note: "复查已整改") { status closedBy } }`)).closePatrolFix,
    ).toEqual({
      status: 'DONE',
      closedBy: 'mk.zhang',
    });
    expect(code((await t.ask('mk.zhang', `mutation { closePatrolFix(fixId: "${fix}", doneOn: "2027-03-19", note: "x") { status } }`)).body)).toBe('CONFLICT');
  });

  it('reports daily sales per region, branch, agency and channel against the target; each role sees its part', async () => {
    const LINE = 'key name dayFen previousDayFen changeFen cumulativeFen subscriptions targetFen attainmentBp';
    const Q = `{ campaignDailyReport(campaignId: "${id}", date: "2027-03-16") { total { ${LINE} } byRegion { ${LINE} } byBranch { key name cumulativeFen } byAgency { name cumulativeFen } byChannel { key name dayFen cumulativeFen } } }`;
    const hq = ok(await t.ask('mk.zhang', Q)).campaignDailyReport;
    expect(hq.total).toMatchObject({
      dayFen: (7_000_000 + 2_000_000 + 500_000) * YUAN,
      previousDayFen: 7_000_000 * YUAN,
      changeFen: 2_500_000 * YUAN,
      cumulativeFen: 16_500_000 * YUAN,
      subscriptions: 5,
      targetFen: 100_000_000 * YUAN,
      attainmentBp: 1650,
    });
    const south = hq.byRegion.find((r: any) => r.name === '南方地区工作组');
    expect(south).toMatchObject({ cumulativeFen: 14_500_000 * YUAN, targetFen: 50_000_000 * YUAN, attainmentBp: 2900 }); // direct and agency sales
    expect(hq.byBranch).toEqual([
      { key: 'GZ01', name: '广州天河营业部', cumulativeFen: 14_000_000 * YUAN },
      { key: 'SH01', name: '上海浦东营业部', cumulativeFen: 2_000_000 * YUAN },
    ]);
    expect(hq.byAgency).toEqual([{ name: '招商银行', cumulativeFen: 500_000 * YUAN }]);
    expect(hq.byChannel.map((c: any) => [c.name, c.cumulativeFen])).toEqual([
      ['直销', 16_000_000 * YUAN],
      ['代销', 500_000 * YUAN],
    ]);
    expect(ok(await t.ask('vp.qian', Q)).campaignDailyReport.total.cumulativeFen).toBe(16_500_000 * YUAN);
    // the South's member: the South only
    const mine = ok(await t.ask('mk.south', Q)).campaignDailyReport;
    expect(mine.byRegion.map((r: any) => r.name)).toEqual(['南方地区工作组']);
    expect(mine.total.cumulativeFen).toBe(14_500_000 * YUAN);
    // branch staff: their branch's part; a client manager: no report
    const gz = ok(await t.ask('mgr.gz', Q)).campaignDailyReport;
    expect(gz.total.cumulativeFen).toBe(14_000_000 * YUAN);
    expect(gz.byBranch.map((b: any) => b.key)).toEqual(['GZ01']);
    expect(code((await t.ask('cm.gz', Q)).body)).toBe('FORBIDDEN');
  });

  it("does not show a region's member another region's customers; a client manager sees their own customers' subscriptions", async () => {
    const CUST = (region?: string) => `{ campaign(id: "${id}") { coreCustomers${region ? `(region: ${region})` : ''} { totalCount nodes { customerId } } } }`;
    expect(code((await t.ask('mk.south', CUST('EAST'))).body)).toBe('FORBIDDEN');
    const southOnly = ok(await t.ask('mk.south', CUST())).campaign.coreCustomers;
    expect(southOnly.nodes.map((c: any) => c.customerId)).not.toContain(EAST_ONE);
    expect(southOnly.totalCount).toBe(3);
    expect(ok(await t.ask('mk.zhang', CUST())).campaign.coreCustomers.totalCount).toBe(4);
    const SUBS = `{ campaign(id: "${id}") { subscriptions { totalCount nodes { customerId managerId } } intentions { nodes { customerId } } } }`;
    const cm = ok(await t.ask('cm.gz', SUBS)).campaign;
    expect(cm.subscriptions.totalCount).toBe(2);
    expect(new Set(cm.subscriptions.nodes.map((s: any) => s.managerId))).toEqual(new Set(['E2001']));
    expect(cm.intentions.nodes).toEqual([{ customerId: SOUTH_OWN }]);
    // the customer itself comes from the register (attendance), federated by id, as the register's visibility allows
    const named = ok(await t.ask('cm.gz', `{ campaign(id: "${id}") { subscriptions { nodes { customer { id name responsibleEmployeeId } } } } }`)).campaign
      .subscriptions.nodes;
    expect(named[0].customer).toMatchObject({ id: SOUTH_OWN, responsibleEmployeeId: 'E2001' });
    expect(ok(await t.ask('mgr.gz', SUBS)).campaign.subscriptions.totalCount).toBe(3);
    expect(code((await t.ask('cm.gz', `{ campaign(id: "${id}") { agencies { totalCount } } }`)).body)).toBe('FORBIDDEN');
  });

  it('reallocates staff between regions by the roadshow leadership, with its reason', async () => {
    const R = `mutation($c: ID!, $i: ReallocationInput!) { reallocateCampaignResources(campaignId: $c, input: $i) { kind reason decidedBy } }`;
    const move = { kind: 'STAFF', fromRegion: 'SOUTH', toRegion: 'EAST', employeeIds: ['E2110'], reason: '华东认购进度落后于目标' };
    expect(code((await t.ask('mk.south', R, { c: id, i: move })).body)).toBe('FORBIDDEN');
    expect(fields((await t.ask('mk.zhang', R, { c: id, i: { ...move, employeeIds: ['E3110'], reason: '' } })).body)).toEqual(['employeeIds', 'reason']);
    expect(ok(await t.ask('mk.zhang', R, { c: id, i: move })).reallocateCampaignResources).toEqual({
      kind: 'STAFF',
      reason: '华东认购进度落后于目标',
      decidedBy: 'mk.zhang',
    });
    const members = ok(await t.ask('mk.zhang', `{ campaign(id: "${id}") { members { employeeId regionId } regions { id region } } }`)).campaign;
    const east = members.regions.find((r: any) => r.region === 'EAST').id;
    expect(members.members.find((m: any) => m.employeeId === 'E2110').regionId).toBe(east);
  });
});

describe('after the issue (R-7.4)', () => {
  it('evaluates after the close only; the close publishes the totals; head office compares the regions', async () => {
    const E = `mutation($c: ID!, $i: CampaignEvaluationInput!) { evaluateCampaign(campaignId: $c, input: $i) { subject organisationScore summary } }`;
    const south = { subject: 'REGION', region: 'SOUTH', organisationScore: 90, salesScore: 95, customerServiceScore: 88, summary: '组织有序, 销售超额' };
    expect(code((await t.ask('mk.zhang', E, { c: id, i: south })).body)).toBe('CONFLICT');
    ok(await t.ask('mk.zhang', `mutation { advanceCampaignPhase(campaignId: "${id}", to: CLOSED, comment: "发行结束") { phase } }`));
    expect(code((await t.ask('mk.south', E, { c: id, i: south })).body)).toBe('FORBIDDEN');
    expect(fields((await t.ask('mk.zhang', E, { c: id, i: { ...south, salesScore: 101, summary: ' ' } })).body)).toEqual(['salesScore', 'summary']);
    ok(await t.ask('mk.zhang', E, { c: id, i: south }));
    ok(
      await t.ask('mk.zhang', E, {
        c: id,
        i: { ...south, region: 'EAST', organisationScore: 70, salesScore: 60, customerServiceScore: 80, summary: '进度偏慢' },
      }),
    );
    ok(
      await t.ask('mk.zhang', E, {
        c: id,
        i: { subject: 'AGENCY', agencyId: agencies.A, organisationScore: 85, salesScore: 70, customerServiceScore: 90, summary: '配合良好' },
      }),
    );

    const report = ok(
      await t.ask(
        'vp.qian',
        `{ campaignEvaluation(campaignId: "${id}") { regions { name salesFen directFen agencyFen targetFen attainmentBp serviceRequests serviceRequestsDone overall salesRank overallRank summary } agencies { name salesFen openFixes evaluation { salesScore } } } }`,
      ),
    ).campaignEvaluation;
    expect(report.regions.find((r: any) => r.name === '南方地区工作组')).toEqual({
      name: '南方地区工作组',
      salesFen: 14_500_000 * YUAN,
      directFen: 14_000_000 * YUAN,
      agencyFen: 500_000 * YUAN,
      targetFen: 50_000_000 * YUAN,
      attainmentBp: 2900,
      serviceRequests: 1,
      serviceRequestsDone: 1,
      overall: 91,
      salesRank: 1,
      overallRank: 1,
      summary: '组织有序, 销售超额',
    });
    expect(report.regions.find((r: any) => r.name === '华东地区工作组')).toMatchObject({ salesRank: 2, overallRank: 2, overall: 70 });
    expect(report.agencies).toEqual([
      { name: '交通银行', salesFen: 0, openFixes: 0, evaluation: null },
      { name: '招商银行', salesFen: 500_000 * YUAN, openFixes: 0, evaluation: { salesScore: 70 } },
    ]);
    expect(code((await t.ask('mk.south', `{ campaignEvaluation(campaignId: "${id}") { regions { name } } }`)).body)).toBe('FORBIDDEN');
    // no more sales once closed
    expect(
      code(
        (
          await t.ask(
            'mk.zhang',
            `mutation { recordSubscription(campaignId: "${id}", input: { channel: DIRECT, customerId: "${EAST_ONE}", amountFen: 100, subscribedOn: "2027-03-20" }) { id } }`,
          )
        ).body,
      ),
    ).toBe('CONFLICT');

    // the events for client managers' performance, in the outbox of the service that made them
    const em = t.graph.services.find((s) => s.name === 'performance')!.orm.em.fork();
    const events = await em.find(OutboxMessage, { topic: 'performance.campaign', key: id });
    const types = events.map((e) => e.type.split('.').slice(-2)[0]);
    expect(types.filter((x) => x === 'SubscriptionRecorded')).toHaveLength(5);
    expect(types.filter((x) => x === 'ServiceRequestOpened')).toHaveLength(1);
    const closed = events.find((e) => e.type.includes('CampaignClosed'))!;
    expect(JSON.parse(closed.payload).data).toMatchObject({
      totalFen: 16_500_000 * YUAN,
      subscriptions: 5,
      managers: expect.arrayContaining([{ employeeId: 'E2001', branchId: 'GZ01', salesFen: 13_000_000 * YUAN, subscriptions: 2 }]),
    });
  });
});

describe('the demo campaign (npm start)', () => {
  it('is issuing with 4 regions, 6 agencies, 200 core customers and two weeks of subscriptions', async () => {
    const all = ok(await t.ask('mk.zhang', `{ campaigns { nodes { id code phase } } }`)).campaigns.nodes;
    const demo = all.find((c: any) => c.code === 'JH-2026-01');
    expect(demo.phase).toBe('ISSUING');
    const c = ok(
      await t.ask(
        'mk.zhang',
        `{ campaign(id: "${demo.id}") { regions { region } agencies { totalCount } coreCustomers { totalCount } subscriptions(page: { first: 1 }) { totalCount } } campaignDailyReport(campaignId: "${demo.id}", date: "2026-11-29") { total { cumulativeFen attainmentBp } byAgency { name } } }`,
      ),
    );
    expect(c.campaign.regions).toHaveLength(4);
    expect(c.campaign.agencies.totalCount).toBe(6);
    expect(c.campaign.coreCustomers.totalCount).toBe(200);
    expect(c.campaign.subscriptions.totalCount).toBeGreaterThan(900);
    expect(c.campaignDailyReport.byAgency).toHaveLength(6);
    expect(c.campaignDailyReport.total.cumulativeFen).toBeGreaterThan(0);
  });
});
