import { Arg, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { FenScalar, ForbiddenError, type RequestContext, PeriodScalar, formatYuan, formatYuanOrNull } from '@bg/graphql';
import { canReadPayroll, isHeadOffice } from '../access';
import { compare, type ComparisonLevel } from './comparison';

enum ComparisonLevelEnum {
  BRANCH = 'BRANCH',
  TEAM = 'TEAM',
  MANAGER = 'MANAGER',
}
registerEnumType(ComparisonLevelEnum, {
  name: 'ComparisonLevel',
  description: 'What the rows are: branches, the teams of a branch, or the managers of a team',
  valuesConfig: {
    BRANCH: { description: 'Rows are branches (head office)' },
    TEAM: { description: 'Rows are the teams of a branch' },
    MANAGER: { description: 'Rows are the managers of a team' },
  },
});

@ObjectType('PeriodFigures', { description: 'The compared figures of one period' })
class PeriodFigures {
  @Field(() => Int, { description: '开户数' }) newAccounts!: number;
  @Field(() => FenScalar, { description: '新增资产: new assets brought in, fen' }) newAssetsFen!: number;
  @Field(() => FenScalar, { description: '净收入: net revenue from own customers, fen' }) netRevenueFen!: number;
  @Field(() => FenScalar, { description: 'Net pay of signed-off payrolls' }) payrollCostFen!: number;
  @Field({
    description:
      '新增资产: new assets in yuan for display, e.g. "12,345.67" (exactly newAssetsFen / 100, a minus sign when negative); compute with newAssetsFen',
  })
  newAssetsYuan!: string;
  @Field({
    description:
      '净收入: net revenue in yuan for display, e.g. "12,345.67" (exactly netRevenueFen / 100, a minus sign when negative); compute with netRevenueFen',
  })
  netRevenueYuan!: string;
  @Field({
    description: 'Payroll cost in yuan for display, e.g. "12,345.67" (exactly payrollCostFen / 100, a minus sign when negative); compute with payrollCostFen',
  })
  payrollCostYuan!: string;
}

@ObjectType('ComparisonRow', { description: 'One branch, team or manager in a comparison, with the figures of the period and the period before' })
class ComparisonRowType extends PeriodFigures {
  @Field(() => ID, { description: 'Branch, team or employee id' }) key!: string;
  @Field({
    description:
      "The branch's, team's or manager's name (branches and teams from the organisation); every branch or team of the level has a row, with zeros when it has no figures",
  })
  name!: string;
  @Field(() => FenScalar, { nullable: true, description: 'Payroll cost per account opened; null without accounts' }) costPerAccountFen!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Payroll cost per account opened in yuan for display, e.g. "12,345.67" (exactly costPerAccountFen / 100, a minus sign when negative); compute with costPerAccountFen' +
      '; null without accounts',
  })
  costPerAccountYuan!: string | null;
  @Field(() => Int, { description: 'By net revenue, 1 = highest' }) rank!: number;
  @Field(() => PeriodFigures, { description: 'The same figures for the previous period' }) previous!: PeriodFigures;
  @Field(() => Float, { nullable: true, description: 'Net revenue change against the previous period, percent' }) netRevenueChangePct!: number | null;
  @Field(() => Float, { nullable: true, description: 'New accounts change against the previous period, percent; null when the previous period had none' })
  newAccountsChangePct!: number | null;
}

@ObjectType('BranchComparison', { description: 'The head-office comparison of a period (R-4.5): ranked rows of branches, teams or managers' })
class BranchComparisonType {
  @Field(() => PeriodScalar, { description: 'The period compared' }) period!: string;
  @Field(() => PeriodScalar, { description: 'The period before it, compared against (the month, quarter or year before)' }) previousPeriod!: string;
  @Field(() => ComparisonLevelEnum, { description: 'What the rows are: branches, the teams of a branch or the managers of a team' }) level!: ComparisonLevel;
  @Field(() => [ComparisonRowType], { description: 'Ranked by net revenue' }) rows!: ComparisonRowType[];
}

/** The yuan display strings of a period's money figures (docs/schema-conventions.md, "Money"). */
function withYuan<T extends { newAssetsFen: number; netRevenueFen: number; payrollCostFen: number }>(figures: T) {
  return {
    ...figures,
    newAssetsYuan: formatYuan(figures.newAssetsFen),
    netRevenueYuan: formatYuan(figures.netRevenueFen),
    payrollCostYuan: formatYuan(figures.payrollCostFen),
  };
}

@Resolver()
export class ComparisonResolver {
  @Authorized()
  @Query(() => BranchComparisonType, {
    description:
      'Cross-branch comparison (R-4.5) for a month (2026-10), quarter (2026-Q4) or year (2026). Without branchId: every branch (head office). ' +
      "With branchId: its teams; with teamId too: its managers (head office, or the branch's finance, deputy and manager).",
  })
  async branchComparison(
    @Arg('period', () => PeriodScalar, { description: 'A month, quarter, half year or year' }) period: string,
    @Arg('branchId', () => ID, { nullable: true, description: 'The branch (营业部)' }) branchId: string | undefined,
    @Arg('teamId', () => ID, { nullable: true, description: 'The team' }) teamId: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<BranchComparisonType> {
    if (branchId ? !canReadPayroll(principal, branchId) : !isHeadOffice(principal)) {
      throw new ForbiddenError(branchId ? `You may not compare the teams of branch ${branchId}` : 'The cross-branch comparison is for head office');
    }
    const r = await compare(em, period, branchId ?? undefined, teamId ?? undefined);
    return {
      period: r.period.label,
      previousPeriod: r.period.previous.label,
      level: r.level,
      rows: r.rows.map((row) => ({ ...withYuan(row), costPerAccountYuan: formatYuanOrNull(row.costPerAccountFen), previous: withYuan(row.previous) })),
    };
  }
}
