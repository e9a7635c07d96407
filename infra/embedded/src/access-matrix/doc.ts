/** docs/access-matrix.md, generated from the rows; and the text of a row, for messages and the recorder. */
import { join } from 'node:path';
import { CALLERS, SCOPES_OF, type Caller, type Grant, type Row } from './model';
import { ROOT, rootOperations, type RootOperation } from './operations';
import { ROWS } from './rows';

/** What the matrix found against DOMAIN.md's roles table that it does not assert away (see the rows' notes for the rest). */
export const DISAGREEMENTS = [
  '`regional-manager` (区域经理, "own region of the team"): the matrix\'s caller (E1002) manages no region, so its rows show what a regional manager sees outside a region (themself). The region scope comes from personnel\'s regions by `employee_id` (`@bg/service` `regionVisibility`): a regional manager sees the members of their region in goals and progress (`planProgress`, `WorkPlan.goals`, `regionProgress`), `employee` and records asked per person (`attendanceDays`, ...); tested in infra/embedded/src/plans.test.ts.',
  "Lists (employees, assessments, work plans, analysis reports, confirmation slips) filter to the caller's scope instead of refusing: the matrix shows them allowed everywhere.",
  'Recruiters, trainers, the archive clerk, the asset keeper and branch finance read all people of their branch (attendance, visits, leave, work logs) by `peopleScope`: the roles table gives them their branch as scope; DOMAIN.md does not narrow it per kind of record.',
];

export const DOC_FILE = join(ROOT, 'docs', 'access-matrix.md');

const SHORT: Record<Caller, string> = {
  'client-manager': 'CM',
  'group-leader': 'GL',
  'team-lead': 'TL',
  'regional-manager': 'RM',
  'attendance-clerk': 'AtC',
  'archive-clerk': 'ArC',
  'asset-keeper': 'AK',
  'branch-finance': 'BF',
  'branch-deputy-manager': 'BDM',
  'branch-manager': 'BM',
  recruiter: 'Rec',
  'recruiter@HQ': 'Rec HQ',
  trainer: 'Tr',
  'trainer@HQ': 'Tr HQ',
  'brokerage-office': 'BO',
  'channel-management': 'CH',
  executive: 'EX',
  'campaign-staff': 'CS',
};

function grantText(g: Grant): string {
  return Array.isArray(g) ? JSON.stringify(g) : `'${g}'`;
}

/** A row as it is written in rows/<service>.ts (allow only; args and notes are hand-written). */
export function renderRow(name: string, row: Row): string {
  const allow = CALLERS.filter((c) => row.allow[c] !== undefined).map((c) => `'${c}': ${grantText(row.allow[c]!)}`);
  return `  '${name}': { allow: { ${allow.join(', ')} }${row.note ? `, note: ${JSON.stringify(row.note)}` : ''} },`;
}

export function missingRowMessage(missing: RootOperation[]): string {
  return [
    `${missing.length} root operation(s) of gateway/supergraph.graphql have no row in the access matrix. Add, per operation, to the named file`,
    `(who may call it, per DOMAIN.md's roles table: 'all', the widest scope 'self' | 'group' | 'team' | 'branch', or a list of scopes; a role left out is refused),`,
    `then run \`UPDATE_ACCESS_MATRIX=1 npx jest infra/embedded/src/access-matrix/doc.test.ts\` to regenerate docs/access-matrix.md.`,
    `To draft a row from what the code does now: \`ACCESS_MATRIX_RECORD=/tmp/rows.ts ACCESS_MATRIX_ONLY='^(Query|Mutation)\\.name$' npx jest infra/embedded/src/access-matrix/access-matrix.test.ts\`.`,
    ...missing.map(
      (op) => `infra/embedded/src/access-matrix/rows/${op.service}.ts:  '${op.name}': { allow: { /* role: grant */ } },  (target: ${op.targetKind})`,
    ),
  ].join('\n');
}

function cell(g: Grant | undefined): string {
  if (g === undefined) return '·';
  if (Array.isArray(g)) return g.join(', ');
  return g;
}

export function renderDoc(): string {
  const ops = rootOperations();
  const legend = CALLERS.map((c) => `${SHORT[c]} = ${c.replace('@HQ', ' (head office)')}`).join('; ');
  const out: string[] = [
    '# Access matrix',
    '',
    '<!-- Generated from infra/embedded/src/access-matrix/rows/*.ts by',
    '     `UPDATE_ACCESS_MATRIX=1 npx jest infra/embedded/src/access-matrix/doc.test.ts`; do not edit by hand. -->',
    '',
    "Who may call each root query and mutation of the supergraph, per role of DOMAIN.md's roles table, checked through the",
    'gateway by `infra/embedded/src/access-matrix/access-matrix.test.ts` (every role against every operation at every scope it',
    'can point at; allowed = no FORBIDDEN/UNAUTHENTICATED error).',
    '',
    '**Scopes**, from the caller (employee E1002 in branch SZ01, team SZ01-T1, group SZ01-T1-G1; head-office callers: E9001 at HQ):',
    '`self` (their own record), `group` (a member of their group), `team` (of their team, another group), `branch` (of their branch,',
    'another team), `other-branch` (GZ01), `head-office` (HQ). An operation points at an employee, a group, a team or a branch by its',
    'arguments (`employeeId`, `groupId`, `teamId`, `branchId`); one that takes none of them is checked once (`any`).',
    '',
    '**Cells**: `·` refused everywhere; `all` allowed at every scope; `self` / `group` / `team` / `branch` allowed up to that scope',
    '(and refused beyond it); a list: allowed exactly there.',
    '',
    `**Roles**: ${legend}.`,
    '',
    'An operation that points at nothing (`—`) is checked once, for the role; one whose only argument is a made-up id is answered',
    'NOT_FOUND by a role that passes, before any scope check: its note says so, and its own tests check the scope.',
    '',
    '## Where the code and DOMAIN.md disagree',
    '',
    ...DISAGREEMENTS.map((d) => `- ${d}`),
    '',
  ];
  for (const service of ['personnel', 'attendance', 'performance', 'recruitment']) {
    out.push(`## ${service}`, '', `| operation | points at | ${CALLERS.map((c) => SHORT[c]).join(' | ')} |`, `|---|---|${CALLERS.map(() => '---').join('|')}|`);
    const notes: string[] = [];
    for (const op of ops.filter((o) => o.service === service)) {
      const row = ROWS[op.name];
      const kind = row?.kind ?? op.targetKind;
      if (!row) {
        out.push(`| \`${op.name}\` | ${kind} | ${CALLERS.map(() => '**no row**').join(' | ')} |`);
        continue;
      }
      const scopes = SCOPES_OF[kind];
      const cells = CALLERS.map((c) => {
        const g = row.allow[c];
        return g !== undefined && !Array.isArray(g) && g !== 'all' && kind !== 'employee' && scopes.length === 1 ? 'all' : cell(g);
      });
      out.push(`| \`${op.name}\`${row.note ? ` [${notes.length + 1}]` : ''} | ${kind === 'none' ? '—' : kind} | ${cells.join(' | ')} |`);
      if (row.note) notes.push(`${notes.length + 1}. \`${op.name}\`: ${row.note}`);
    }
    out.push('');
    if (notes.length) out.push(...notes, '');
  }
  return out.join('\n');
}
