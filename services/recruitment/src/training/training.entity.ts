import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';
import { TrainingCategory } from './training-record.entity';

/** 培训项目: a programme of a category; branch-less programmes are the head office's, for every branch. */
@ObjectType({ description: '培训项目: a training programme' })
@Entity({ tableName: 'training_programme' })
export class TrainingProgramme {
  @Field(() => ID, { description: "The training programme's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field({ description: 'The title' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => TrainingCategory, { description: 'What the programme is about' })
  @Enum({ items: () => TrainingCategory, type: 'string' })
  category!: TrainingCategory;
  @Field(() => String, { nullable: true, description: 'What it is, in words' }) @Property({ type: 'text', nullable: true }) description: string | null = null;
  @Field(() => ID, { nullable: true, description: 'null: a head-office programme for every branch' })
  @Property({ type: 'string', length: 36, nullable: true, index: true })
  branchId: string | null = null;
  @Field({ description: 'Who created it (username)' }) @Property({ type: 'string', length: 100 }) createdBy!: string;
  @Field({ description: 'When it was created' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

/** 培训场次: one session of a programme: time, place, trainer, content. */
@ObjectType({ description: '培训场次: a training session' })
@Entity({ tableName: 'training_session' })
export class TrainingSession {
  @Field(() => ID, { description: "The training session's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The programme the session belongs to' }) @Property({ type: 'string', length: 36, index: true }) programmeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36, index: true }) branchId!: string;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field({ description: 'HH:MM, local time' }) @Property({ type: 'string', length: 5 }) startsAt!: string;
  @Field({ description: 'HH:MM, local time' }) @Property({ type: 'string', length: 5 }) endsAt!: string;
  @Field({ description: 'Where' }) @Property({ type: 'string', length: 200 }) place!: string;
  @Field({ description: 'Who gave the training' }) @Property({ type: 'string', length: 100 }) trainer!: string;
  @Field({ description: 'The content, as written' }) @Property({ type: 'text' }) content!: string;
  @Field({ description: 'Who created it (username)' }) @Property({ type: 'string', length: 100 }) createdBy!: string;
}

export enum TraineeKind {
  EMPLOYEE = 'EMPLOYEE',
  CANDIDATE = 'CANDIDATE', // pre-employment training
}
registerEnumType(TraineeKind, {
  name: 'TraineeKind',
  description: 'Who a trainee is: a candidate in pre-employment training or an employee',
  valuesConfig: { EMPLOYEE: { description: 'an employee (in-service training)' }, CANDIDATE: { description: 'pre-employment training' } },
});

/** 报名: a person enrolled in a session, their attendance and assessment result. */
@ObjectType({ description: 'An enrolment: attendance and result of one person in one session' })
@Entity({ tableName: 'training_enrolment' })
@Unique({ properties: ['sessionId', 'personId'] })
export class TrainingEnrolment {
  @Field(() => ID, { description: "The training enrolment's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The training session it concerns' }) @Property({ type: 'string', length: 36 }) sessionId!: string;
  @Field(() => ID, { description: 'An employee id or a candidate id' }) @Property({ type: 'string', length: 36, index: true }) personId!: string;
  @Field(() => TraineeKind, { description: 'An employee or a candidate (pre-employment training)' })
  @Enum({ items: () => TraineeKind, type: 'string' })
  personKind!: TraineeKind;
  @Field({ description: "The trainee's name" }) @Property({ type: 'string', length: 100 }) personName!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => Boolean, { nullable: true, description: 'null: attendance not recorded yet' }) @Property({ type: 'boolean', nullable: true }) attended:
    boolean | null = null;
  @Field(() => Float, { nullable: true, description: 'The score' }) @Property({ type: 'double', nullable: true }) score: number | null = null;
  @Field(() => Boolean, { nullable: true, description: 'null: no result yet' }) @Property({ type: 'boolean', nullable: true }) passed: boolean | null = null;
  @Field(() => String, { description: 'Who recorded the result (username); null until then', nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  resultBy: string | null = null;
  @Field({ description: 'Who enrolled the person (username)' }) @Property({ type: 'string', length: 100 }) enrolledBy!: string;
  @Field({ description: 'When the person was enrolled' }) @Property({ type: 'datetime' }) enrolledAt: Date = new Date();
}
