import { Kind, parse, type DefinitionNode, type TypeNode } from 'graphql';
import { committedSubgraphSchema } from './compose';
import { SUBGRAPHS } from './subgraphs';

/**
 * The naming conventions of docs/schema-conventions.md, checked mechanically on each subgraph's
 * SDL (`services/<name>/schema.graphql`; compose.test.ts checks that it is what the subgraph builds):
 * - money: a name ending in `Fen` is of the `Fen` scalar; an `Int`/`Float` whose name says money
 *   (amount, fee, pay, salary, revenue, assets, cost, price, bonus, deduction, commission...) ends in
 *   `Fen` (and so is `Fen`); a name ending in `Yuan` is a display `String`;
 * - days and instants: `date`, `...Date`, `on`, `...On`, `from`, `to` are `LocalDate`; `at`, `...At` are `DateTime`;
 * - periods: an argument or input field named `month`, `quarter`, `half`, `year` is of its scalar
 *   (`YearMonth`, `YearQuarter`, `YearHalf`, `Year`), one named `period` of `Period` or one of those.
 */

/** Words that make a number money, as camelCase words of its name. */
const MONEY_WORDS = new Set([
  'amount',
  'amounts',
  'fee',
  'fees',
  'pay',
  'salary',
  'wage',
  'wages',
  'revenue',
  'asset',
  'assets',
  'cost',
  'costs',
  'price',
  'bonus',
  'deduction',
  'deductions',
  'commission',
  'gross',
  'income',
  'value',
  'charge',
  'charged',
  'subscription',
  'subscribed',
  'sales',
]);

/** A name's last word saying the number is not money itself: a rate, a share, a count, a weight. */
const NOT_MONEY_SUFFIX = /(Pct|Bp|Percent|Rate|Weight|Count|Rank|Points|Score|Share)$/;

/**
 * True exceptions, each with its reason. `Type.field` or `Type.field(argument)`.
 * Weights of a score are percents named after the figure they weigh (the type says it: `*Weights`),
 * and are exempt by rule, not listed here.
 */
const ALLOWED: Record<string, string> = {
  // Times of day of an outlet (HH:MM strings, docs/schema-conventions.md), not instants.
  'Outlet.opensAt': 'HH:MM time of day',
  'Outlet.closesAt': 'HH:MM time of day',
  'CreateOutletInput.opensAt': 'HH:MM time of day',
  'CreateOutletInput.closesAt': 'HH:MM time of day',
  'Mutation.setOutletHours(opensAt)': 'HH:MM time of day',
  'Mutation.setOutletHours(closesAt)': 'HH:MM time of day',
  'AttendanceOutletHours.opensAt': 'HH:MM time of day',
  'AttendanceOutletHours.closesAt': 'HH:MM time of day',
  // A training session's hours on its day (HH:MM strings beside its `date`), not instants.
  'TrainingSession.startsAt': 'HH:MM time of day',
  'TrainingSession.endsAt': 'HH:MM time of day',
  'SessionInput.startsAt': 'HH:MM time of day',
  'SessionInput.endsAt': 'HH:MM time of day',
  // A candidate's stage move: from one pipeline stage to another, not days.
  'StageMove.from': 'a pipeline stage',
  'StageMove.to': 'a pipeline stage',
  'Mutation.moveCandidate(to)': 'the pipeline stage to move to',
  // The phase a product issue campaign moves to, not a day.
  'Mutation.advanceCampaignPhase(to)': 'the campaign phase to move to',
};

const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
const words = (name: string): string[] => name.split(/(?=[A-Z0-9])/).map((w) => w.toLowerCase());
const PERIOD_SCALARS = ['YearMonth', 'YearQuarter', 'YearHalf', 'Year', 'Period'];
const PERIOD_OF: Record<string, string[]> = {
  month: ['YearMonth'],
  quarter: ['YearQuarter'],
  half: ['YearHalf'],
  year: ['Year'],
  period: PERIOD_SCALARS,
};

/** What breaks a naming convention in one named field, argument or input field. */
function problem(owner: string, name: string, type: string, periodRule: boolean): string | null {
  if (/Fen$/.test(name)) return type === 'Fen' ? null : `ends in Fen but is ${type}, not Fen`;
  if (/Yuan$/.test(name)) return type === 'String' ? null : `ends in Yuan but is ${type}, not String (a display string)`;
  if ((type === 'Int' || type === 'Float') && !owner.endsWith('Weights') && !owner.endsWith('WeightsInput') && !NOT_MONEY_SUFFIX.test(name)) {
    const money = words(name).find((w) => MONEY_WORDS.has(w));
    if (money) return `is ${type} and its name says money ("${money}"): money is Fen with a Fen suffix`;
  }
  if (/^(date|on|from|to)$/.test(name) || /(Date|On)$/.test(name)) return type === 'LocalDate' ? null : `names a day but is ${type}, not LocalDate`;
  if (name === 'at' || /At$/.test(name)) return type === 'DateTime' ? null : `names an instant but is ${type}, not DateTime`;
  if (periodRule && PERIOD_OF[name] && !PERIOD_OF[name].includes(type)) return `names a period but is ${type}, not ${PERIOD_OF[name].join(' or ')}`;
  return null;
}

/** Every break of the naming conventions in an SDL, as `Type.field: problem` (allowed exceptions left out). */
export function conventionViolations(sdl: string, allowed: Record<string, string> = ALLOWED): string[] {
  const out: string[] = [];
  const check = (where: string, owner: string, name: string, type: TypeNode, periodRule: boolean) => {
    const p = problem(owner, name, named(type), periodRule);
    if (p && !(where in allowed)) out.push(`${where} ${p}`);
  };
  for (const def of parse(sdl).definitions as readonly DefinitionNode[]) {
    if (!('fields' in def) || !def.fields || !('name' in def) || !def.name) continue;
    const owner = def.name.value;
    const input = def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || def.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION;
    for (const f of def.fields) {
      // Output fields: a field named `month` may be a figure's month, checked like an argument all the same.
      check(`${owner}.${f.name.value}`, owner, f.name.value, f.type, true);
      if (input) continue;
      for (const a of ('arguments' in f ? f.arguments : undefined) ?? []) check(`${owner}.${f.name.value}(${a.name.value})`, owner, a.name.value, a.type, true);
    }
  }
  return out;
}

describe('naming conventions (docs/schema-conventions.md) on each subgraph SDL', () => {
  it.each(SUBGRAPHS.map((s) => s.name))(
    '%s: money is Fen with a Fen suffix, Yuan a String, days LocalDate, instants DateTime, periods their scalars',
    (name) => {
      expect(conventionViolations(committedSubgraphSchema(name))).toEqual([]);
    },
  );

  it('every allowed exception still exists somewhere (take stale ones off)', () => {
    const all = SUBGRAPHS.map((s) => conventionViolations(committedSubgraphSchema(s.name), {})).flat();
    expect(Object.keys(ALLOWED).filter((k) => !all.some((v) => v.startsWith(`${k} `)))).toEqual([]);
  });

  it('fails on each kind of break', () => {
    const sdl = `
      scalar Fen scalar LocalDate scalar DateTime scalar YearMonth scalar Period
      type Row {
        netPayFen: Int!
        netPayYuan: Fen!
        payrollCost: Int
        bonusAmount: Float
        paidOn: DateTime
        date: String
        signedAt: LocalDate
        rateBp: Int!
        assetLossSharePct: Int!
        lines(month: String!, period: YearMonth, first: Int): [Int]
      }
      type ScoreWeights { netRevenue: Int! }
      input RowInput { quarter: String }`;
    expect(conventionViolations(sdl).map((v) => v.split(' ')[0])).toEqual([
      'Row.netPayFen',
      'Row.netPayYuan',
      'Row.payrollCost',
      'Row.bonusAmount',
      'Row.paidOn',
      'Row.date',
      'Row.signedAt',
      'Row.lines(month)',
      'RowInput.quarter',
    ]);
  });
});
