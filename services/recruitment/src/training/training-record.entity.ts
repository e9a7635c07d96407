import { randomUUID } from 'node:crypto';
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
registerEnumType(TrainingCategory, {
  name: 'TrainingCategory',
  description: 'What a training is about',
  valuesConfig: {
    COMPLIANCE: { description: '合规: compliance' },
    PRODUCTS: { description: "产品知识: the company's products" },
    ACCOUNT_OPENING: { description: '开户: A/B shares, funds, ChiNext, institutions' },
    SALES_SKILLS: { description: '营销技巧与话术' },
    QUALIFICATION_EXAM: { description: '从业资格考试' },
  },
});

/**
 * 员工培训档案: one person's result of one training session, written when the organiser
 * records the result (and sent out as TrainingResultRecorded). Rows of the demo archive and of
 * results recorded before a person was hired may lack a session.
 */
@ObjectType({ description: '员工培训档案: a training result of one person' })
@Entity({ tableName: 'training_record' })
export class TrainingRecord {
  @Field(() => ID, { description: "The training record's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36, index: true }) employeeId!: string;
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) branchId:
    string | null = null;
  @Field({ description: 'The programme' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => TrainingCategory, { description: 'What the training was about' })
  @Enum({ items: () => TrainingCategory, type: 'string' })
  category!: TrainingCategory;
  @Field(() => LocalDateScalar, { description: 'The day of the session' }) @Property({ type: 'string', length: 10, index: true }) sessionDate!: string;
  @Field({ description: 'Who gave the training' }) @Property({ type: 'string', length: 100 }) trainer!: string;
  @Field(() => String, { nullable: true, description: 'The content, as written' }) @Property({ type: 'text', nullable: true }) content: string | null = null;
  @Field(() => Float, { nullable: true, description: 'The score' }) @Property({ type: 'double', nullable: true }) score: number | null = null;
  @Field({ description: 'Whether the assessment was passed' }) @Property({ type: 'boolean' }) passed!: boolean;
  @Field(() => ID, { nullable: true, description: 'The training session it concerns' }) @Property({ type: 'string', length: 36, nullable: true }) sessionId:
    string | null = null;
  /** The enrolment this result came from: one archive entry per enrolment. */
  @Property({ type: 'string', length: 36, nullable: true, unique: true }) enrolmentId: string | null = null;
  @Field(() => String, { nullable: true, description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100, nullable: true }) recordedBy:
    string | null = null;
}
