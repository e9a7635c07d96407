import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** 团队负责人: who leads a team from a day on (until the next appointment); published on personnel.organisation. */
@ObjectType({ description: "团队负责人: a team's lead from effectiveOn until the next appointment" })
@Entity({ tableName: 'team_lead_appointment' })
@Unique({ properties: ['teamId', 'effectiveOn'] })
@Index({ properties: ['employeeId'] })
export class TeamLeadAppointment {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The team (营销团队)' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The lead, an employee of the team' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => LocalDateScalar, { description: 'The first day they lead the team' }) @Property({ type: 'string', length: 10 }) effectiveOn!: string;
  @Field({ description: 'Who appointed them (username)' }) @Property({ type: 'string', length: 100 }) appointedBy!: string;
  @Field({ description: 'When it was recorded' }) @Property({ type: 'datetime' }) appointedAt: Date = new Date();
}
