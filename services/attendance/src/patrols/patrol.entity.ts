import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** A lead's patrol of an outlet: who was at their post, what the outlet's staff said. */
@ObjectType({ description: "A team lead's patrol of an outlet (R-2.4)" })
@Entity({ tableName: 'patrol' })
@Index({ properties: ['teamId', 'date'] })
export class Patrol {
  @Field(() => ID, { description: "The patrol's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team it belongs to' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => ID, { description: 'The outlet (网点) it concerns' }) @Property({ type: 'string', length: 36 }) outletId!: string;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field({ description: 'HH:MM' }) @Property({ type: 'string', length: 5 }) time!: string;
  @Field(() => [ID], { description: 'Team members found at their post' }) @Property({ type: 'json' }) presentIds!: string[];
  @Field(() => [ID], { description: 'Team members posted at the outlet but not found' }) @Property({ type: 'json' }) missingIds!: string[];
  @Field({ description: "What the outlet's staff said about the managers" }) @Property({ type: 'text' }) staffRemarks!: string;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @Property({ type: 'text', nullable: true }) note: string | null = null;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field({ description: 'When it was recorded' }) @Property({ type: 'datetime' }) recordedAt: Date = new Date();
}
