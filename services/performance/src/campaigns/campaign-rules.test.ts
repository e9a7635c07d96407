import type { Principal, Role } from '@bg/auth';
import { campaignView, mayActInRegion, mayManage, mayReallocate, viewCovers } from './campaign-access';
import {
  DOOR_TO_DOOR_THRESHOLD_FEN,
  agencyRefusal,
  campaignProblems,
  compareRegions,
  dailyReport,
  outletChecklist,
  phaseChangeRefusal,
  phaseRefusal,
  serviceRequestRefusal,
  staffingProblems,
  subscriptionProblems,
  trainingRefusal,
  type SalesSums,
} from './campaign-rules';

const YUAN = 100;
const fields = (ps: Array<{ field: string }>) => ps.map((p) => p.field).sort();

describe('phases', () => {
  it('move one step forward at a time, never out of CLOSED', () => {
    expect(phaseChangeRefusal('PREPARATION', 'AWAITING_APPROVAL')).toBeNull();
    expect(phaseChangeRefusal('PREPARATION', 'ISSUING')).toMatch(/AWAITING_APPROVAL next/);
    expect(phaseChangeRefusal('ISSUING', 'APPROVED')).toMatch(/CLOSED next/);
    expect(phaseChangeRefusal('CLOSED', 'ISSUING')).toMatch(/closed/);
  });
  it('allow visits before approval, roadshows after, subscriptions and patrols while issuing, evaluations once closed', () => {
    expect(phaseRefusal('visit', 'AWAITING_APPROVAL')).toBeNull();
    expect(phaseRefusal('visit', 'APPROVED')).toMatch(/before approval/);
    expect(phaseRefusal('roadshow', 'PREPARATION')).toMatch(/follow the approval/);
    expect(phaseRefusal('roadshow', 'ISSUING')).toBeNull();
    expect(phaseRefusal('subscription', 'APPROVED')).toMatch(/ISSUING/);
    expect(phaseRefusal('patrol', 'ISSUING')).toBeNull();
    expect(phaseRefusal('evaluation', 'ISSUING')).toMatch(/close the campaign first/);
    expect(trainingRefusal('TRAINING', 'PREPARATION')).toBeNull();
    expect(trainingRefusal('TRAINING', 'APPROVED')).toMatch(/before approval/);
    expect(trainingRefusal('ROADSHOW', 'AWAITING_APPROVAL')).toMatch(/after approval/);
  });
});

describe('set-up', () => {
  const input = {
    code: 'JH-1',
    name: '计划',
    targetFen: 100 * YUAN,
    announcementOn: '2027-03-10',
    issueStartsOn: '2027-03-15',
    issueEndsOn: '2027-04-15',
    regions: [
      { region: 'SOUTH' as const, branchIds: ['SZ01'], targetFen: 60 * YUAN },
      { region: 'EAST' as const, branchIds: ['SH01'], targetFen: 40 * YUAN },
    ],
  };
  it('lists every problem at once', () => {
    expect(campaignProblems(input, new Set(['SZ01', 'SH01']))).toEqual([]);
    const bad = campaignProblems(
      { ...input, targetFen: 0, announcementOn: '2027-03-20', regions: [...input.regions, { region: 'SOUTH', branchIds: ['SZ01', 'XX'], targetFen: 1 }] },
      new Set(['SZ01', 'SH01']),
    );
    expect(fields(bad)).toEqual(['announcementOn', 'regions.2.branchIds', 'regions.2.branchIds', 'regions.2.region', 'targetFen']);
    expect(fields(campaignProblems({ ...input, regions: [{ region: 'SOUTH', branchIds: [], targetFen: 101 * YUAN }] }, new Set()))).toEqual(['regions']);
  });
  it('staffs the roadshow leadership with exactly one head, and regional members in a region of the campaign', () => {
    const known = new Set(['E1', 'E2']);
    expect(
      staffingProblems(
        [
          { employeeId: 'E1', unit: 'ROADSHOW_LEADERSHIP', head: true },
          { employeeId: 'E2', unit: 'REGION', region: 'SOUTH' },
        ],
        new Set(['SOUTH']),
        known,
      ),
    ).toEqual([]);
    const bad = staffingProblems(
      [
        { employeeId: 'E1', unit: 'SALES_MANAGEMENT', head: true, region: 'SOUTH' },
        { employeeId: 'E9', unit: 'REGION', region: 'WEST' },
      ],
      new Set(['SOUTH']),
      known,
    );
    expect(fields(bad)).toEqual(['members', 'members.0.head', 'members.0.region', 'members.1.employeeId', 'members.1.region']);
  });
});

describe('agencies, subscriptions and door-to-door service', () => {
  it('an agency without a passed review (the latest) cannot act', () => {
    expect(agencyRefusal('record sales', null)).toMatch(/not been qualification-reviewed/);
    expect(agencyRefusal('record sales', { outcome: 'FAILED' })).toMatch(/failed/);
    expect(agencyRefusal('record sales', { outcome: 'PASSED' })).toBeNull();
  });
  it('a subscription names its customer or agency, a positive amount, a day of the issue', () => {
    const issue = { startsOn: '2027-03-15', endsOn: '2027-04-15' };
    expect(subscriptionProblems({ channel: 'DIRECT', customerId: 'C1', amountFen: 1, subscribedOn: '2027-03-15' }, issue)).toEqual([]);
    expect(fields(subscriptionProblems({ channel: 'DIRECT', agencyId: 'A', amountFen: -1, subscribedOn: '2027-05-01' }, issue))).toEqual([
      'agencyId',
      'amountFen',
      'customerId',
      'subscribedOn',
    ]);
    expect(fields(subscriptionProblems({ channel: 'AGENCY', amountFen: 1, subscribedOn: '2027-03-16' }, issue))).toEqual(['agencyId', 'customerName']);
  });
  it('door-to-door service: a direct first subscription over 5,000,000 yuan', () => {
    expect(serviceRequestRefusal({ channel: 'DIRECT', first: true, amountFen: DOOR_TO_DOOR_THRESHOLD_FEN + 1 })).toBeNull();
    expect(serviceRequestRefusal({ channel: 'DIRECT', first: true, amountFen: DOOR_TO_DOOR_THRESHOLD_FEN })).toMatch(
      /over 5,000,000 yuan; this one is 5,000,000 yuan/,
    );
    expect(serviceRequestRefusal({ channel: 'DIRECT', first: false, amountFen: 9e10 })).toMatch(/first subscription/);
    expect(serviceRequestRefusal({ channel: 'AGENCY', first: true, amountFen: 9e10 })).toMatch(/direct customers/);
  });
  it('the materials checklist shows what has not arrived and what came after the announcement', () => {
    expect(outletChecklist([], '2027-03-10')).toEqual({ complete: false, missing: ['(nothing sent yet)'], late: [] });
    expect(
      outletChecklist(
        [
          { item: '海报', arrivedOn: null },
          { item: '折页', arrivedOn: '2027-03-11' },
        ],
        '2027-03-10',
      ),
    ).toEqual({ complete: false, missing: ['海报'], late: ['折页'] });
  });
});

describe('the daily report and the comparison', () => {
  const s = (regionId: string, channel: 'DIRECT' | 'AGENCY', key: string, day: number, prev: number, cum: number): SalesSums => ({
    regionId,
    branchId: channel === 'DIRECT' ? key : null,
    agencyId: channel === 'AGENCY' ? key : null,
    channel,
    dayFen: day,
    previousDayFen: prev,
    cumulativeFen: cum,
    daySubscriptions: day ? 1 : 0,
    subscriptions: 2,
  });
  it('sums per region, branch, agency and channel with the change and the attainment', () => {
    const r = dailyReport(
      [s('S', 'DIRECT', 'GZ01', 300, 100, 1000), s('S', 'AGENCY', 'A1', 50, 150, 500), s('E', 'DIRECT', 'SH01', 0, 200, 400)],
      {
        campaignFen: 10_000,
        regionFen: new Map([
          ['S', 3000],
          ['E', null],
          ['N', 1000],
        ]),
      },
      ['S', 'E', 'N'],
    );
    expect(r.total).toMatchObject({ dayFen: 350, previousDayFen: 450, changeFen: -100, cumulativeFen: 1900, attainmentBp: 1900, subscriptions: 6 });
    expect(r.byRegion.map((l) => [l.key, l.cumulativeFen, l.attainmentBp])).toEqual([
      ['S', 1500, 5000],
      ['E', 400, null],
      ['N', 0, 0],
    ]);
    expect(r.byBranch.map((l) => l.key)).toEqual(['GZ01', 'SH01']);
    expect(r.byAgency).toMatchObject([{ key: 'A1', changeFen: -100 }]);
    expect(r.byChannel.map((l) => [l.key, l.cumulativeFen])).toEqual([
      ['DIRECT', 1400],
      ['AGENCY', 500],
    ]);
  });
  it('ranks regions by sales and, once evaluated, by the overall score', () => {
    const ranked = compareRegions([
      { key: 'S', salesFen: 100, targetFen: 200, scores: { organisation: 90, sales: 90, customerService: 90 } },
      { key: 'E', salesFen: 300, targetFen: null, scores: { organisation: 60, sales: 80, customerService: 70 } },
      { key: 'N', salesFen: 0, targetFen: 100, scores: null },
    ]);
    expect(ranked.map((r) => [r.key, r.salesRank, r.overall, r.overallRank, r.attainmentBp])).toEqual([
      ['S', 2, 90, 1, 5000],
      ['E', 1, 70, 2, null],
      ['N', 3, null, null, 0],
    ]);
  });
});

describe('who sees what of a campaign', () => {
  const p = (roles: Role[], employeeId: string | null, branchId: string | null = 'HQ'): Principal => ({
    subject: 's',
    username: 'u',
    roles,
    employeeId,
    branchId,
    teamId: null,
    groupId: null,
  });
  const staffing = [
    { employeeId: 'HQ1', unit: 'ROADSHOW_LEADERSHIP' as const, regionId: null },
    { employeeId: 'S1', unit: 'REGION' as const, regionId: 'R-S' },
  ];
  it('head-office marketing manages all; a regional member their region; head office reads all', () => {
    expect(campaignView(p(['campaign-staff'], 'HQ1'), staffing)).toEqual({ kind: 'all', manage: true });
    const south = campaignView(p(['campaign-staff'], 'S1'), staffing);
    expect(south).toEqual({ kind: 'regions', regionIds: ['R-S'] });
    expect(mayManage(south)).toBe(false);
    expect(mayActInRegion(south, 'R-S')).toBe(true);
    expect(mayActInRegion(south, 'R-E')).toBe(false);
    expect(campaignView(p(['executive'], 'X'), staffing)).toEqual({ kind: 'all', manage: false });
    expect(mayReallocate(p(['campaign-staff'], 'HQ1'), staffing)).toBe(true);
    expect(mayReallocate(p(['campaign-staff'], 'S1'), staffing)).toBe(false);
  });
  it('branch staff their branch; a client manager their own customers; others nothing', () => {
    const row = { regionId: 'R-S', branchId: 'GZ01', managerId: 'E2001' };
    expect(viewCovers(campaignView(p(['branch-manager'], 'M', 'GZ01'), staffing), row)).toBe(true);
    expect(viewCovers(campaignView(p(['branch-manager'], 'M', 'SZ01'), staffing), row)).toBe(false);
    expect(viewCovers(campaignView(p(['client-manager'], 'E2001', 'GZ01'), staffing), row)).toBe(true);
    expect(viewCovers(campaignView(p(['client-manager'], 'E2002', 'GZ01'), staffing), row)).toBe(false);
    expect(campaignView(p(['archive-clerk'], 'X', 'GZ01'), staffing)).toEqual({ kind: 'none' });
  });
});
