import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** 营业部: a branch of the brokerage. */
@ObjectType({ description: '营业部: a branch' })
@Entity({ tableName: 'branch' })
export class Branch {
  @Field(() => ID, { description: "The branch's id" }) @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Field({ description: "The branch's name" }) @Property({ type: 'string', length: 100 }) name!: string;
  @Field({ description: 'The city' }) @Property({ type: 'string', length: 50 }) city!: string;
}

/** 营销团队: a marketing team of a branch. */
@ObjectType({ description: '营销团队: a marketing team' })
@Entity({ tableName: 'team' })
@Unique({ properties: ['branchId', 'name'] })
export class Team {
  @Field(() => ID, { description: "The team's id" }) @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36, index: true }) branchId!: string;
  @Field({ description: "The team's name" }) @Property({ type: 'string', length: 100 }) name!: string;
}

/** 小组: a group of a team, led by a group leader. */
@ObjectType({ description: '小组: a group within a team' })
@Entity({ tableName: 'team_group' })
@Unique({ properties: ['teamId', 'name'] })
export class Group {
  @Field(() => ID, { description: "The group's id" }) @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Field(() => ID, { description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, index: true }) teamId!: string;
  @Field({ description: "The group's name" }) @Property({ type: 'string', length: 100 }) name!: string;
}

/** 网点: a partner-bank outlet where managers are stationed; its hours are their hours. */
@ObjectType({ description: '网点: a partner-bank outlet; its hours are the working hours of managers stationed there' })
@Entity({ tableName: 'outlet' })
@Unique({ properties: ['branchId', 'name'] })
export class Outlet {
  @Field(() => ID, { description: "The outlet's id" }) @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36, index: true }) branchId!: string;
  @Field({ description: "The outlet's name" }) @Property({ type: 'string', length: 100 }) name!: string;
  @Field({ description: 'HH:MM, local time' }) @Property({ type: 'string', length: 5 }) opensAt!: string;
  @Field({ description: 'HH:MM, local time' }) @Property({ type: 'string', length: 5 }) closesAt!: string;
}
