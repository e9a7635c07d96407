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
registerEnumType(CustomerStanding, { name: 'CustomerStanding', description: 'NEW customer won, POTENTIAL customer, EXISTING customer' });
registerEnumType(IssueStatus, { name: 'VisitIssueStatus' });

/** 客户走访记录: a customer visit log. */
@ObjectType({ description: '客户走访记录: a customer visit (R-2.9)' })
@Entity({ tableName: 'customer_visit' })
@Index({ properties: ['employeeId', 'date'] })
@Index({ properties: ['branchId', 'date'] })
@Index({ properties: ['teamId', 'date'] })
export class CustomerVisit {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null = null;
  @Field(() => LocalDateScalar) @Property({ type: 'string', length: 10 }) date!: string;
  @Field() @Property({ type: 'string', length: 100 }) customerName!: string;
  @Field(() => CustomerTier, { description: "The customer's tier in the register on the day of the visit" })
  @Enum({ items: () => CustomerTier, type: 'string' })
  tier!: CustomerTier;
  @Field(() => CustomerStanding) @Enum({ items: () => CustomerStanding, type: 'string' }) standing!: CustomerStanding;
  @Field({ description: 'What was discussed' }) @Property({ type: 'text' }) discussed!: string;
  @Field() @Property({ type: 'datetime' }) loggedAt: Date = new Date();
  @Field(() => ID, { nullable: true, description: 'The registered customer visited (null for visits logged before the register)' })
  @Property({ type: 'string', length: 36, nullable: true, index: true })
  customerId: string | null = null;
}

@ObjectType()
export class IssueStep {
  @Field(() => LocalDateScalar) on!: string;
  @Field() action!: string;
  @Field() note!: string;
}

/** An issue a customer raised: followed up by whoever made the visit (谁走访谁督办) until the customer is told. */
@ObjectType({ description: 'An issue raised on a customer visit, owned by the visitor until resolved (谁走访谁督办)' })
@Entity({ tableName: 'visit_issue' })
@Index({ properties: ['teamId', 'status'] })
@Index({ properties: ['employeeId', 'status'] })
@Index({ properties: ['branchId', 'raisedOn'] })
export class VisitIssue {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID) @Property({ type: 'string', length: 36, index: true }) visitId!: string;
  @Field(() => ID, { description: 'The visitor, who owns the follow-up' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null = null;
  @Field() @Property({ type: 'string', length: 100 }) customerName!: string;
  @Field(() => LocalDateScalar) @Property({ type: 'string', length: 10 }) raisedOn!: string;
  @Field() @Property({ type: 'text' }) description!: string;
  @Field(() => LocalDateScalar, { description: 'When the customer should have the outcome' }) @Property({ type: 'string', length: 10 }) dueOn!: string;
  @Field(() => IssueStatus) @Enum({ items: () => IssueStatus, type: 'string' }) status: IssueStatus = IssueStatus.OPEN;
  @Field(() => String, { nullable: true, description: 'The department it was passed to' }) @Property({ type: 'string', length: 100, nullable: true }) passedTo:
    string | null = null;
  @Field(() => Int) @Property({ type: 'integer' }) chases = 0;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) outcome: string | null = null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The date the customer was told the outcome' })
  @Property({ type: 'string', length: 10, nullable: true })
  customerToldOn: string | null = null;
  @Field(() => [IssueStep]) @Property({ type: 'json' }) steps: IssueStep[] = [];
  /** When FollowUpOverdue was emitted (once per issue). */
  @Property({ type: 'datetime', nullable: true }) overdueFlaggedAt: Date | null = null;
}
