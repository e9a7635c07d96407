import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

export enum ChangeKind {
  HIRED = 'HIRED',
  TRANSFERRED = 'TRANSFERRED',
  LEVEL_CHANGED = 'LEVEL_CHANGED',
  DEPARTED = 'DEPARTED',
}
registerEnumType(ChangeKind, {
  name: 'EmployeeChangeKind',
  description: 'What an employee change record changed (effective-dated)',
  valuesConfig: {
    HIRED: { description: 'Hired' },
    TRANSFERRED: { description: 'Moved to another team, group or outlet' },
    LEVEL_CHANGED: { description: 'Level changed' },
    DEPARTED: { description: 'Left the company' },
  },
});

/** 人员变动: every change to an employee, kept (who, when, from, to) — archive material. */
@ObjectType({ description: 'A change to an employee: who made it, when, from what, to what' })
@Entity({ tableName: 'employee_change' })
@Index({ properties: ['employeeId', 'at'] })
export class EmployeeChange {
  @Field(() => ID, { description: "The employee change's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ChangeKind, { description: 'Which kind of employee change it is' }) @Enum({ items: () => ChangeKind, type: 'string' }) kind!: ChangeKind;
  @Field({ description: 'JSON of the changed fields before' }) @Property({ type: 'text' }) fromJson!: string;
  @Field({ description: 'JSON of the changed fields after' }) @Property({ type: 'text' }) toJson!: string;
  @Field(() => LocalDateScalar, { description: 'The day it takes effect' }) @Property({ type: 'string', length: 10 }) effectiveOn!: string;
  @Field(() => String, { nullable: true, description: 'The reason given' }) @Property({ type: 'text', nullable: true }) reason: string | null = null;
  @Field({ description: 'Who did it (username)' }) @Property({ type: 'string', length: 100 }) by!: string;
  @Field({ description: 'When it happened' }) @Property({ type: 'datetime' }) at: Date = new Date();
}
