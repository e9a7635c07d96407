import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** A day a manager left their post (擅自离岗, R-2.1), as a patrol found it: one per manager and day. */
@ObjectType({
  description: 'A day recorded as LEFT_POST (擅自离岗, R-2.1): found missing from their outlet by a patrol, without leave or a visit slip at that time',
})
@Entity({ tableName: 'left_post_day' })
export class LeftPostDay {
  [PrimaryKeyProp]?: ['employeeId', 'date'];
  @Field(() => ID, { description: 'The employee' }) @PrimaryKey({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => LocalDateScalar, { description: 'The day' }) @PrimaryKey({ type: 'string', length: 10 }) date!: string;
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team (营销团队)' }) @Property({ type: 'string', length: 36, index: true }) teamId!: string;
  @Field(() => ID, { description: 'The outlet (网点)' }) @Property({ type: 'string', length: 36 }) outletId!: string;
  @Field(() => ID, { description: 'The patrol that found it' }) @Property({ type: 'string', length: 36 }) patrolId!: string;
  @Field({ description: 'HH:MM of the patrol' }) @Property({ type: 'string', length: 5 }) time!: string;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field({ description: 'When it was recorded' }) @Property({ type: 'datetime' }) recordedAt: Date = new Date();
}
