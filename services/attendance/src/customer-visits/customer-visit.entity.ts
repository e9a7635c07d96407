import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';
import { CustomerTier } from '../customers/customer.entity';

export { CustomerTier };

/** The customer's standing with the manager: what weekly goals count. */
export enum CustomerStanding {
  NEW = 'NEW', // a new customer won (account opened)
  POTENTIAL = 'POTENTIAL', // a potential customer being developed
  EXISTING = 'EXISTING',
}
export enum IssueStatus {
  OPEN = 'OPEN', // recorded, not yet passed on
  PASSED = 'PASSED', // passed to the department responsible, being chased
  RESOLVED = 'RESOLVED', // outcome told to the customer
}
registerEnumType(CustomerStanding, {
  name: 'CustomerStanding',
  description: 'NEW customer won, POTENTIAL customer, EXISTING customer',
  valuesConfig: {
    EXISTING: { description: 'an existing customer of the visitor' },
    NEW: { description: 'a new customer won (account opened)' },
    POTENTIAL: { description: 'a potential customer being developed' },
  },
});
registerEnumType(IssueStatus, {
  name: 'VisitIssueStatus',
  description: 'Where an issue raised on a customer visit stands (谁走访谁督办)',
  valuesConfig: {
    OPEN: { description: 'recorded, not yet passed on' },
    PASSED: { description: 'passed to the department responsible, being chased' },
    RESOLVED: { description: 'outcome told to the customer' },
  },
});

/** 客户走访记录: a customer visit log. */
@ObjectType({ description: '客户走访记录: a customer visit (R-2.9)' })
@Entity({ tableName: 'customer_visit' })
@Index({ properties: ['employeeId', 'date'] })
@Index({ properties: ['branchId', 'date'] })
@Index({ properties: ['teamId', 'date'] })
export class CustomerVisit {
  @Field(() => ID, { description: "The customer visit's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field({ description: "The customer's name" }) @Property({ type: 'string', length: 100 }) customerName!: string;
  @Field(() => CustomerTier, { description: "The customer's tier in the register on the day of the visit" })
  @Enum({ items: () => CustomerTier, type: 'string' })
  tier!: CustomerTier;
  @Field(() => CustomerStanding, { description: "The customer's standing with the visitor: NEW, POTENTIAL or EXISTING (feeds the weekly goals, R-1.7)" })
  @Enum({ items: () => CustomerStanding, type: 'string' })
  standing!: CustomerStanding;
  @Field({ description: 'What was discussed' }) @Property({ type: 'text' }) discussed!: string;
  @Field({ description: 'When the visit was logged' }) @Property({ type: 'datetime' }) loggedAt: Date = new Date();
  @Field(() => ID, { nullable: true, description: 'The registered customer visited (null for visits logged before the register)' })
  @Property({ type: 'string', length: 36, nullable: true, index: true })
  customerId: string | null = null;
}

@ObjectType({ description: 'One step of following up a raised issue: who, when, what' })
export class IssueStep {
  @Field(() => LocalDateScalar, { description: 'The day of the step' }) on!: string;
  @Field({ description: 'What was done: passed (to a department), chased or resolved' }) action!: string;
  @Field({ description: 'A free-text note' }) note!: string;
}

/** An issue a customer raised: followed up by whoever made the visit (谁走访谁督办) until the customer is told. */
@ObjectType({ description: 'An issue raised on a customer visit, owned by the visitor until resolved (谁走访谁督办)' })
@Entity({ tableName: 'visit_issue' })
@Index({ properties: ['teamId', 'status'] })
@Index({ properties: ['employeeId', 'status'] })
@Index({ properties: ['branchId', 'raisedOn'] })
export class VisitIssue {
  @Field(() => ID, { description: "The visit issue's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The customer visit on which the issue was raised' }) @Property({ type: 'string', length: 36, index: true }) visitId!: string;
  @Field(() => ID, { description: 'The visitor, who owns the follow-up' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field({ description: "The customer's name" }) @Property({ type: 'string', length: 100 }) customerName!: string;
  @Field(() => LocalDateScalar, { description: 'The day of the visit on which it was raised' }) @Property({ type: 'string', length: 10 }) raisedOn!: string;
  @Field({ description: 'What it is, in words' }) @Property({ type: 'text' }) description!: string;
  @Field(() => LocalDateScalar, { description: 'When the customer should have the outcome' }) @Property({ type: 'string', length: 10 }) dueOn!: string;
  @Field(() => IssueStatus, { description: 'Where the visit issue stands' }) @Enum({ items: () => IssueStatus, type: 'string' }) status: IssueStatus =
    IssueStatus.OPEN;
  @Field(() => String, { nullable: true, description: 'The department it was passed to' }) @Property({ type: 'string', length: 100, nullable: true }) passedTo:
    string | null = null;
  @Field(() => Int, { description: 'How many times the visitor chased the department' }) @Property({ type: 'integer' }) chases = 0;
  @Field(() => String, { description: 'The outcome told to the customer; null until resolved', nullable: true })
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The date the customer was told the outcome' })
  @Property({ type: 'string', length: 10, nullable: true })
  customerToldOn: string | null = null;
  @Field(() => [IssueStep], { description: 'What was done to follow it up, oldest first (passed, chased, resolved)' })
  @Property({ type: 'json' })
  steps: IssueStep[] = [];
  /** When FollowUpOverdue was emitted (once per issue). */
  @Property({ type: 'datetime', nullable: true }) overdueFlaggedAt: Date | null = null;
}
