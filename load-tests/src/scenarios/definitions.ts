/**
 * The load scenarios, shared by the k6 scripts (load-tests/k6/*.ts) and the local runner
 * (`npm run load:local -- <scenario>`): operations (who asks what), their mix, think time and
 * thresholds. Plain data and pure functions only: k6 runs this file in its own JavaScript runtime
 * (no Node modules here).
 *
 * Ids default to the demo company (SZ01, GZ01; team SZ01-T1; month 2026-10); on loaded data at scale
 * set BG_BRANCHES / BG_TEAMS / BG_MONTH (comma-separated ids) in the environment of either runner.
 */

export interface Operation {
  /** Stable name: per-operation figures and thresholds are keyed by it. */
  name: string;
  /** Relative frequency in the scenario's mix. */
  weight: number;
  /** Demo user (username) whose token it is sent with; `i` is the iteration number. */
  user: (i: number, data: ScenarioData) => string;
  query: string;
  variables?: (i: number, data: ScenarioData) => Record<string, unknown>;
}

export interface Thresholds {
  /** HTTP failures (non-2xx, network errors) per request, at most. */
  httpFailureRate: number;
  /** Responses carrying GraphQL `errors`, at most. */
  graphqlErrorRate: number;
  /** Latency per operation, milliseconds. */
  p95Ms: number;
  p99Ms: number;
}

export interface Scenario {
  name: string;
  description: string;
  operations: Operation[];
  /** Pause of a virtual user between two requests (uniform in [min, max]), milliseconds. */
  thinkTimeMs: { min: number; max: number };
  /** Concurrent virtual users and duration of a default run. */
  vus: number;
  durationS: number;
  thresholds: Thresholds;
}

export interface ScenarioData {
  branches: string[];
  teams: string[];
  month: string;
  /** Client managers who open their payslip (username). */
  managers: string[];
}

export function scenarioData(env: Record<string, string | undefined>): ScenarioData {
  const list = (v: string | undefined, fallback: string[]) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : fallback;
  return {
    branches: list(env.BG_BRANCHES, ['SZ01', 'GZ01']),
    teams: list(env.BG_TEAMS, ['SZ01-T1']),
    month: env.BG_MONTH ?? '2026-10',
    managers: list(env.BG_MANAGERS, ['cm.zhang', 'cm.liu', 'gl.li']),
  };
}

const pick = <T>(list: T[], i: number): T => list[i % list.length];

export const DASHBOARD = `query Dashboard($team: ID!, $month: YearMonth!) { team(id: $team) { members { name
  attendance(month: $month) { lateArrivals absentDays }
  businessMetrics(month: $month) { newAccounts netRevenueFen }
  trainingRecords { title } } } }`;

const COMPARISON_ROW = 'key rank newAccounts newAssetsFen netRevenueFen payrollCostFen costPerAccountFen netRevenueChangePct';
export const COMPARISON = `query Comparison($period: Period!, $branch: ID, $team: ID) {
  branchComparison(period: $period, branchId: $branch, teamId: $team) { period level rows { ${COMPARISON_ROW} } } }`;

const PAYSLIP = `query Payslip($month: YearMonth!, $employee: ID!) { payslip(month: $month, employeeId: $employee) { employeeId netFen } }`;
const PAYROLL_RUNS = `query Runs($branch: ID!, $month: YearMonth) { payrollRuns(branchId: $branch, month: $month) { totalCount nodes { id status } } }`;
const PIPELINE = `query Pipeline($stages: [CandidateStage!]) { candidates(filter: { stages: $stages }, page: { first: 50 }) { totalCount nodes { id name stage appliedOn channel } pageInfo { hasNextPage } } }`;
const REQUISITIONS = `query Requisitions { requisitions(page: { first: 50 }) { totalCount nodes { id title status board { stage count } hired } } }`;

export const SCENARIOS: Record<string, Scenario> = {
  dashboards: {
    name: 'dashboards',
    description: "Branch dashboards: many frontends on their team's month at once (the README's dashboard query)",
    operations: [
      { name: 'team dashboard', weight: 1, user: () => 'tl.wang', query: DASHBOARD, variables: (i, d) => ({ team: pick(d.teams, i), month: d.month }) },
    ],
    thinkTimeMs: { min: 0, max: 0 },
    vus: 10,
    durationS: 20,
    thresholds: { httpFailureRate: 0.001, graphqlErrorRate: 0.001, p95Ms: 150, p99Ms: 300 },
  },
  'month-end': {
    name: 'month-end',
    description:
      'The month-end peak: finance, deputy and manager follow payroll runs while every client manager opens a payslip and team leads watch dashboards',
    operations: [
      {
        name: 'payslip',
        weight: 6,
        user: (i, d) => pick(d.managers, i),
        query: PAYSLIP,
        variables: (i, d) => ({ month: d.month, employee: pick(['E1001', 'E1004', 'E1002'], i) }),
      },
      {
        name: 'payroll runs',
        weight: 2,
        user: (i) => pick(['fin.sz', 'dep.sz', 'mgr.sz'], i),
        query: PAYROLL_RUNS,
        variables: (_i, d) => ({ branch: d.branches[0], month: d.month }),
      },
      { name: 'team dashboard', weight: 2, user: () => 'tl.wang', query: DASHBOARD, variables: (i, d) => ({ team: pick(d.teams, i), month: d.month }) },
    ],
    thinkTimeMs: { min: 50, max: 250 },
    vus: 30,
    durationS: 30,
    thresholds: { httpFailureRate: 0.001, graphqlErrorRate: 0.001, p95Ms: 300, p99Ms: 600 },
  },
  'head-office': {
    name: 'head-office',
    description: 'Head-office comparison of the branches for a month, with drill-down to the teams of a branch and the managers of a team',
    operations: [
      { name: 'branches', weight: 3, user: () => 'vp.qian', query: COMPARISON, variables: (_i, d) => ({ period: d.month }) },
      {
        name: 'drill-down: teams',
        weight: 2,
        user: () => 'vp.qian',
        query: COMPARISON,
        variables: (i, d) => ({ period: d.month, branch: pick(d.branches, i) }),
      },
      {
        name: 'drill-down: managers',
        weight: 1,
        user: () => 'vp.qian',
        query: COMPARISON,
        variables: (i, d) => ({ period: d.month, branch: d.branches[0], team: pick(d.teams, i) }),
      },
    ],
    thinkTimeMs: { min: 100, max: 500 },
    vus: 10,
    durationS: 20,
    thresholds: { httpFailureRate: 0.001, graphqlErrorRate: 0.001, p95Ms: 300, p99Ms: 600 },
  },
  recruiter: {
    name: 'recruiter',
    description: "Recruiters working their pipeline: candidates by stage, the requisitions' boards",
    operations: [
      {
        name: 'pipeline by stage',
        weight: 3,
        user: (i) => (i % 4 === 0 ? 'rec.ho' : 'rec.sz'),
        query: PIPELINE,
        variables: (i) => ({ stages: [pick(['APPLIED', 'SCREENED', 'EVALUATED', 'PROBATION'], i)] }),
      },
      { name: 'requisition boards', weight: 1, user: () => 'rec.sz', query: REQUISITIONS },
    ],
    thinkTimeMs: { min: 100, max: 400 },
    vus: 10,
    durationS: 20,
    thresholds: { httpFailureRate: 0.001, graphqlErrorRate: 0.001, p95Ms: 300, p99Ms: 600 },
  },
};

/** The operation of iteration `i` by weight (deterministic: the same mix in both runners). */
export function operationFor(scenario: Scenario, i: number): Operation {
  const total = scenario.operations.reduce((n, o) => n + o.weight, 0);
  let slot = (i * 7919) % total;
  for (const op of scenario.operations) {
    if (slot < op.weight) return op;
    slot -= op.weight;
  }
  return scenario.operations[0];
}
