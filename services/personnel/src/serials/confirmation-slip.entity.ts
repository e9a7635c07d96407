import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, YearMonthScalar, YearScalar } from '@bg/graphql';

/** 客户经理营销客户确认单: a customer won by a client manager, confirmed and numbered. */
@ObjectType({ description: '客户经理营销客户确认单: a customer confirmation slip with its serial number (流水号)' })
@Entity({ tableName: 'confirmation_slip' })
@Index({ properties: ['branchId', 'month', 'seq'] })
@Index({ properties: ['employeeId', 'month'] })
export class ConfirmationSlip {
  @Field(() => ID, { description: "The confirmation slip's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field({ description: 'Serial number, e.g. SZ01-2026-000042 (gap-free per branch and year)' })
  @Property({ type: 'string', length: 40, unique: true })
  number!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  /** The year of the serial number (the year of the slip's date) and the number within it. */
  @Field(() => YearScalar, { description: 'The year whose serial numbers it counts in' }) @Property({ type: 'integer' }) year!: number;
  @Field(() => Int, { description: 'Sequence number within its year' }) @Property({ type: 'integer' }) seq!: number;
  @Field(() => ID, { description: 'The client manager who won the customer' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field({ description: "The customer's name" }) @Property({ type: 'string', length: 100 }) customerName!: string;
  @Field(() => String, { description: "The customer's account number (资金账号); null when there is none yet (then customerReference)", nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  accountNumber: string | null = null;
  @Field(() => String, { nullable: true, description: 'Customer reference when there is no account number yet' })
  @Property({ type: 'string', length: 60, nullable: true })
  customerReference: string | null = null;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field(() => YearMonthScalar, { description: 'The month the slip is filed under (of its date)' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @Property({ type: 'string', length: 500, nullable: true }) note: string | null =
    null;
  @Field({ description: 'Where the paper original / scan is kept' }) @Property({ type: 'string', length: 300 }) fileRef!: string;
  @Field({ description: 'Username of the archive clerk who recorded it' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field({ description: 'When it was recorded' }) @Property({ type: 'datetime' }) recordedAt: Date = new Date();
}

/** A month of a branch's slips, closed and archived: no further slips dated in it. */
@ObjectType({ description: "A closed and archived month of a branch's confirmation slips" })
@Entity({ tableName: 'slip_month_closure' })
@Unique({ properties: ['branchId', 'month'] })
export class SlipMonthClosure {
  @Field(() => ID, { description: "The slip month closure's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) @Property({ type: 'string', length: 7 }) month!: string;
  @Field(() => Int, { description: 'How many slips the month holds at its close' }) @Property({ type: 'integer' }) slipCount!: number;
  @Field(() => String, { nullable: true, description: 'Lowest serial number of the month' })
  @Property({ type: 'string', length: 40, nullable: true })
  firstNumber: string | null = null;
  @Field(() => String, { nullable: true, description: 'Highest serial number of the month' })
  @Property({ type: 'string', length: 40, nullable: true })
  lastNumber: string | null = null;
  @Field({ description: 'Who closed it (username)' }) @Property({ type: 'string', length: 100 }) closedBy!: string;
  @Field({ description: 'When it was closed' }) @Property({ type: 'datetime' }) closedAt: Date = new Date();
}
