import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** full-time staff sign a labour contract, part-timers a marketing cooperation agreement; both for one year. */
export enum ContractKind {
  LABOUR_CONTRACT = 'LABOUR_CONTRACT',
  COOPERATION_AGREEMENT = 'COOPERATION_AGREEMENT',
}
/** Derived from the dates (Asia/Shanghai) and whether a later contract follows. */
export enum ContractStatus {
  UPCOMING = 'UPCOMING',
  IN_FORCE = 'IN_FORCE',
  EXPIRED = 'EXPIRED',
  /** Ended and followed by a renewal (or a later contract). */
  RENEWED = 'RENEWED',
}
registerEnumType(ContractKind, {
  name: 'ContractKind',
  valuesConfig: {
    COOPERATION_AGREEMENT: { description: '营销合作协议: the one-year marketing cooperation agreement of a part-timer' },
    LABOUR_CONTRACT: { description: '劳动合同: the one-year labour contract of a full-time employee' },
  },
  description: 'LABOUR_CONTRACT (劳动合同, full-time) or COOPERATION_AGREEMENT (营销合作协议, part-time)',
});
registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  valuesConfig: {
    RENEWED: { description: 'Ended or ending, followed by a renewal (nextContractId)' },
    EXPIRED: { description: 'Ended with no later contract' },
    IN_FORCE: { description: 'In force today (startsOn..endsOn)' },
    UPCOMING: { description: 'Signed, starting after today' },
  },
  description: 'Where a labour contract or cooperation agreement stands',
});

/**
 * A signed contract of an employee (archive material: read under the archive lookup rule).
 * Rows are never rewritten except to link the renewal that follows: history stays.
 */
@ObjectType({ description: 'A labour contract or cooperation agreement (archive material)' })
@Entity({ tableName: 'employment_contract' })
@Index({ properties: ['employeeId', 'startsOn'] })
@Index({ properties: ['branchId', 'endsOn'] })
export class EmploymentContract {
  @Field(() => ID, { description: "The employment contract's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ContractKind, { description: 'Which kind of employment contract it is' })
  @Enum({ items: () => ContractKind, type: 'string' })
  kind!: ContractKind;
  @Field(() => LocalDateScalar, { description: 'The day it was signed' }) @Property({ type: 'string', length: 10 }) signedOn!: string;
  @Field(() => LocalDateScalar, { description: 'The first day it covers' }) @Property({ type: 'string', length: 10 }) startsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Last day in force' }) @Property({ type: 'string', length: 10 }) endsOn!: string;
  @Field({ name: 'originalLocation', description: 'Where the signed paper original is kept (a cabinet, a box)' })
  @Property({ type: 'string', length: 200 })
  originalFiledAt!: string;
  /** The contract this one renews; unique, so one contract is renewed once even under concurrent requests. */
  @Field(() => ID, { description: 'The contract this one renewed; null for a first contract', nullable: true })
  @Property({ type: 'string', length: 36, nullable: true, unique: true })
  previousContractId: string | null = null;
  @Field(() => ID, { description: 'The contract that renewed this one; null while not renewed', nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  nextContractId: string | null = null;
  @Field({ description: 'Who recorded it (username)' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Property({ type: 'datetime' }) recordedAt: Date = new Date();
  @Property({ version: true }) version?: number;
}
