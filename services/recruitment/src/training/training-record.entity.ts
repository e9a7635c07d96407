import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** Training programme categories of the guideline. */
export enum TrainingCategory {
  ACCOUNT_OPENING = 'ACCOUNT_OPENING', // 开户: A/B shares, funds, ChiNext, institutions
  SALES_SKILLS = 'SALES_SKILLS', // 营销技巧与话术
  QUALIFICATION_EXAM = 'QUALIFICATION_EXAM', // 从业资格考试
  PRODUCTS = 'PRODUCTS',
  COMPLIANCE = 'COMPLIANCE',
}
registerEnumType(TrainingCategory, { name: 'TrainingCategory' });

/** 员工培训档案: one person's result of one training session. */
@ObjectType({ description: '员工培训档案: a training result of one person' })
@Entity({ tableName: 'training_record' })
export class TrainingRecord {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 36, index: true }) employeeId!: string;
  @Field() @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => TrainingCategory) @Enum({ items: () => TrainingCategory, type: 'string' }) category!: TrainingCategory;
  @Field(() => LocalDateScalar) @Property({ type: 'string', length: 10 }) sessionDate!: string;
  @Field() @Property({ type: 'string', length: 100 }) trainer!: string;
  @Field(() => Float, { nullable: true }) @Property({ type: 'double', nullable: true }) score: number | null = null;
  @Field() @Property({ type: 'boolean' }) passed!: boolean;
}
