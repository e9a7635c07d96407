import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** 营销人员出访单: filed by a manager before going out to visit customers. */
@ObjectType({ description: '营销人员出访单: a visit slip, filed before going out (R-2.3)' })
@Entity({ tableName: 'visit_slip' })
@Index({ properties: ['employeeId', 'date'] })
@Index({ properties: ['teamId', 'date'] })
@Index({ properties: ['branchId', 'date'] })
export class VisitSlip {
  @Field(() => ID, { description: "The visit slip's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field({ description: 'Where the visit goes' }) @Property({ type: 'string', length: 200 }) destination!: string;
  @Field({ description: 'Who was visited' }) @Property({ type: 'string', length: 100 }) personVisited!: string;
  @Field({ description: "The visited person's contact details (phone)" }) @Property({ type: 'string', length: 100 }) contact!: string;
  @Field({ description: 'Why' }) @Property({ type: 'string', length: 500 }) purpose!: string;
  @Field({ description: 'HH:MM' }) @Property({ type: 'string', length: 5 }) timeOut!: string;
  @Field({ description: 'HH:MM, expected back' }) @Property({ type: 'string', length: 5 }) timeBack!: string;
  @Field({ description: 'When it was filed' }) @Property({ type: 'datetime' }) filedAt: Date = new Date();
}
