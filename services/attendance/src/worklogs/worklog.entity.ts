import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** 工作日志: a manager's log of the day, spot-checked by the lead. */
@ObjectType({ description: "工作日志: a manager's work log for a day (R-1.5, R-2.8)" })
@Entity({ tableName: 'work_log' })
@Unique({ properties: ['employeeId', 'date'] })
@Index({ properties: ['teamId', 'date'] })
export class WorkLog {
  @Field(() => ID, { description: "The work log's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field({ description: 'What was done' }) @Property({ type: 'text' }) done!: string;
  @Field(() => Int, { description: 'Customers contacted' }) @Property({ type: 'integer' }) customersContacted!: number;
  @Field({ description: 'Next steps planned' }) @Property({ type: 'text' }) nextSteps!: string;
  @Field({ description: 'When it was written' }) @Property({ type: 'datetime' }) writtenAt: Date = new Date();
}
