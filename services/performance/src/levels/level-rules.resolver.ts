import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { YearMonthScalar, type RequestContext } from '@bg/graphql';
import { LevelRuleSet, LevelRulesType } from './level-rules.entity';
import { levelRulesFor, proposeLevelRules } from './level-rules.service';

@InputType({ description: 'Level rules to propose for approval (R-4.4)' })
class ProposeLevelRulesInput {
  @Field(() => YearMonthScalar, { description: 'First month it applies to' }) effectiveFrom!: string;
  @Field({ description: 'The title' }) @Length(1, 500) title!: string;
  @Field(() => LevelRulesType, { description: 'Thresholds per level, weights and duty points' }) rules!: LevelRulesType;
  @Field({ nullable: true, description: 'A word for the approvers' }) @IsOptional() @Length(0, 1000) comment?: string;
}

@Resolver(() => LevelRuleSet)
export class LevelRulesResolver {
  @Authorized('channel-management')
  @Mutation(() => LevelRuleSet, {
    description:
      'Propose a new version of the level rules (R-4.4; channel management): it goes on the R-1.3 approval route at once and applies only once approved',
  })
  proposeLevelRules(
    @Arg('input', { description: 'What to record (see the input type)' }) input: ProposeLevelRulesInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return proposeLevelRules(em, principal, input);
  }

  @Authorized()
  @Query(() => [LevelRuleSet], { description: 'Every version of the level rules, newest first (company-wide data: anyone signed in)' })
  levelRuleSets(@Ctx() { em }: RequestContext) {
    return em.find(LevelRuleSet, {}, { orderBy: { version: 'desc' } });
  }

  @Authorized()
  @Query(() => LevelRuleSet, {
    nullable: true,
    description: 'The approved level rules in force in a month. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  levelRulesFor(@Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string, @Ctx() { em }: RequestContext) {
    return levelRulesFor(em, month);
  }
}
