/** GraphQL shapes of progress against goals, shared by plan progress and analysis reports. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FenScalar } from '@bg/graphql';

@ObjectType({ description: 'Account openings, new assets and net revenue (money in fen)' })
export class ProgressFigures {
  @Field(() => Int, { description: '开户数' }) newAccounts!: number;
  @Field(() => FenScalar, { description: '新增资产' }) newAssetsFen!: number;
  @Field(() => FenScalar, { description: '净收入' }) netRevenueFen!: number;
}

@ObjectType({ description: 'Targets; null where the plan sets none (or no plan applies)' })
export class TargetFigures {
  @Field(() => Int, { nullable: true, description: '开户数: accounts opened' }) newAccounts!: number | null;
  @Field(() => FenScalar, { nullable: true, description: '新增资产: new assets brought in, fen' }) newAssetsFen!: number | null;
  @Field(() => FenScalar, { nullable: true, description: '净收入: net revenue from own customers, fen' }) netRevenueFen!: number | null;
}

@ObjectType({ description: 'Target against actual, with the shortfall per figure' })
export class ProgressAgainstTarget {
  @Field(() => TargetFigures, { description: "The targets over the period: the team's from the plan, a manager's from their goals" }) target!: TargetFigures;
  @Field(() => ProgressFigures, { description: 'From the CRM import (BusinessMetrics)' }) actual!: ProgressFigures;
  @Field(() => ProgressFigures, { description: 'How far below target (0 when met)' }) shortfall!: ProgressFigures;
  @Field({ description: 'Some figure is below its target' }) behind!: boolean;
}

@ObjectType({ description: "A manager's progress against their goals" })
export class PersonProgress extends ProgressAgainstTarget {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field({ description: "The manager's name" }) name!: string;
}
