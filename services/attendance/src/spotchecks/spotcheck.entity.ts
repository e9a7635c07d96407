import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

export enum SpotCheckKind {
  VISIT_SLIP = 'VISIT_SLIP',
  WORK_LOG = 'WORK_LOG',
}
export enum SpotCheckResult {
  CONFIRMED = 'CONFIRMED',
  DISCREPANCY = 'DISCREPANCY',
}
export enum CheckMethod {
  PHONE_CALL = 'PHONE_CALL', // called the person visited
  ON_SITE = 'ON_SITE',
  CUSTOMER_RECORDS = 'CUSTOMER_RECORDS', // CRM / account records
  OTHER = 'OTHER',
}
registerEnumType(SpotCheckKind, {
  name: 'SpotCheckKind',
  valuesConfig: { WORK_LOG: { description: 'Work logs (工作日志, R-2.8)' }, VISIT_SLIP: { description: 'Visit slips (营销人员出访单, R-2.3)' } },
  description: 'What is checked: visit slips (R-2.3) or work logs (R-2.8)',
});
registerEnumType(SpotCheckResult, {
  name: 'SpotCheckResult',
  description: "The outcome of a lead's spot check of a visit slip or work log",
  valuesConfig: {
    CONFIRMED: { description: 'The record was found as written' },
    DISCREPANCY: { description: 'The record did not match what was found (counts against duty)' },
  },
});
registerEnumType(CheckMethod, {
  name: 'CheckMethod',
  description: 'How the lead checked',
  valuesConfig: {
    OTHER: { description: 'any other way (say how in the note)' },
    ON_SITE: { description: 'went to the place of the visit or the outlet' },
    PHONE_CALL: { description: 'called the person visited' },
    CUSTOMER_RECORDS: { description: 'CRM / account records' },
  },
});

/**
 * A recorded random draw (抽查) of a team's slips or logs over a period: the seed, the population
 * as it was and the items picked are kept, so anyone can recompute the draw; one draw per team,
 * kind and period (overlapping periods refused): no quiet re-roll.
 */
@ObjectType({ description: 'A recorded random spot-check draw: reproducible from its seed and population' })
@Entity({ tableName: 'spot_check_draw' })
@Unique({ properties: ['teamId', 'kind', 'periodStart', 'periodEnd'] })
export class SpotCheckDraw {
  @Field(() => ID, { description: "The spot check draw's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => SpotCheckKind, { description: 'Which kind of spot check draw it is' })
  @Enum({ items: () => SpotCheckKind, type: 'string' })
  kind!: SpotCheckKind;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team it belongs to' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => LocalDateScalar, { description: 'The first day of the period drawn from (inclusive)' })
  @Property({ type: 'string', length: 10 })
  periodStart!: string;
  @Field(() => LocalDateScalar, { description: 'The last day of the period drawn from (inclusive)' })
  @Property({ type: 'string', length: 10 })
  periodEnd!: string;
  @Field(() => Int, { description: 'Percent of the items drawn; 100 checks all (全查)' }) @Property({ type: 'integer' }) ratePercent!: number;
  @Field({ description: 'The random seed (hex) the draw used' }) @Property({ type: 'string', length: 64 }) seed!: string;
  @Field(() => [ID], { description: 'Every item that could be drawn, as it was at the draw' }) @Property({ type: 'json' }) population!: string[];
  @Field(() => [ID], { description: 'The items drawn' }) @Property({ type: 'json' }) selected!: string[];
  @Field({ description: 'Who drew it (username)' }) @Property({ type: 'string', length: 100 }) drawnBy!: string;
  @Field({ description: 'When it was drawn' }) @Property({ type: 'datetime' }) drawnAt: Date = new Date();
}

/** One drawn item to check, and its result once checked (R-2.3: confirmed or discrepancy). */
@ObjectType({ description: 'One drawn slip or log and its check' })
@Entity({ tableName: 'spot_check' })
export class SpotCheck {
  @Field(() => ID, { description: "The spot check's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The draw it came from' }) @Property({ type: 'string', length: 36, index: true }) drawId!: string;
  @Field(() => SpotCheckKind, { description: 'Which kind of spot check it is' }) @Enum({ items: () => SpotCheckKind, type: 'string' }) kind!: SpotCheckKind;
  @Field(() => ID, { description: 'The slip or log drawn' }) @Property({ type: 'string', length: 36 }) itemId!: string;
  @Field(() => ID, { description: 'The employee it concerns' }) @Property({ type: 'string', length: 36, index: true }) employeeId!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => SpotCheckResult, { description: 'The result; null until checked', nullable: true })
  @Enum({ items: () => SpotCheckResult, type: 'string', nullable: true })
  result: SpotCheckResult | null = null;
  @Field(() => CheckMethod, { description: 'How it was checked; null until checked', nullable: true })
  @Enum({ items: () => CheckMethod, type: 'string', nullable: true })
  method: CheckMethod | null = null;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @Property({ type: 'string', length: 500, nullable: true }) note: string | null =
    null;
  @Field(() => String, { description: 'Who checked it (username); null until checked', nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  checkedBy: string | null = null;
  @Field(() => LocalDateScalar, { description: 'The day it was checked; null until checked', nullable: true })
  @Property({ type: 'string', length: 10, nullable: true })
  checkedOn: string | null = null;
}
