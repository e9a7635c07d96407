import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** 区域: a region of a marketing team, between the team and its client managers, with its regional manager (区域经理). */
@ObjectType({ description: '区域: a region of a marketing team, led by a regional manager (区域经理), with client managers assigned to it' })
@Entity({ tableName: 'region' })
@Unique({ properties: ['teamId', 'name'] })
export class Region {
  @Field(() => ID, { description: "The region's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The team (营销团队) it belongs to' }) @Property({ type: 'string', length: 36, index: true }) teamId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field({ description: "The region's name, unique in the team" }) @Property({ type: 'string', length: 100 }) name!: string;
  @Field(() => ID, { description: 'The regional manager (区域经理), an employee of the team' })
  @Property({ type: 'string', length: 36, index: true })
  managerId!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was closed (no longer in force from then); null while open' })
  @Property({ type: 'string', length: 10, nullable: true })
  closedOn: string | null = null;
  @Field({ description: 'Who created it (username)' }) @Property({ type: 'string', length: 100 }) createdBy!: string;
  @Field({ description: 'When it was created' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

/** A client manager's region from effectiveOn until their next assignment (regionId null: in no region from then). */
@ObjectType({ description: "A client manager's assignment to a region (or out of one) from a day until their next assignment" })
@Entity({ tableName: 'region_assignment' })
@Unique({ properties: ['employeeId', 'effectiveOn'] })
@Index({ properties: ['teamId'] })
export class RegionAssignment {
  @Field(() => ID, { description: "The assignment's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The client manager' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID, { nullable: true, description: 'The region; null: in no region from effectiveOn' })
  @Property({ type: 'string', length: 36, nullable: true, index: true })
  regionId: string | null = null;
  @Field(() => ID, { description: 'The team (营销团队)' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => LocalDateScalar, { description: 'The first day it is in force' }) @Property({ type: 'string', length: 10 }) effectiveOn!: string;
  @Field({ description: 'Who assigned them (username)' }) @Property({ type: 'string', length: 100 }) assignedBy!: string;
  @Field({ description: 'When it was recorded' }) @Property({ type: 'datetime' }) assignedAt: Date = new Date();
}
