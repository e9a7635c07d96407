import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, YearMonthScalar, YearScalar } from '@bg/graphql';

/** What a branch files to head office. */
export enum FilingType {
  MONTHLY_BUSINESS_REPORT = 'MONTHLY_BUSINESS_REPORT',
  STAFF_CHANGE = 'STAFF_CHANGE',
  PAY_REPORT = 'PAY_REPORT',
  OTHER = 'OTHER',
}
registerEnumType(FilingType, {
  name: 'FilingType',
  valuesConfig: {
    OTHER: { description: 'Any other document filed to head office' },
    PAY_REPORT: { description: "The branch's monthly client-manager pay report (营业部客户经理薪酬月报表, R-4.2), filed once signed off" },
    STAFF_CHANGE: { description: 'Staff changes (人员变动) of a month' },
    MONTHLY_BUSINESS_REPORT: { description: 'A monthly business report (业务月报)' },
  },
  description: 'MONTHLY_BUSINESS_REPORT, STAFF_CHANGE, PAY_REPORT, OTHER (R-6.5)',
});

/** A document a branch filed to head office, with its serial number. */
@ObjectType({ description: 'A document filed to head office (报总部备案), with its serial number' })
@Entity({ tableName: 'filing' })
@Index({ properties: ['branchId', 'date'] })
@Index({ properties: ['date'] })
@Index({ properties: ['type', 'date'] })
export class Filing {
  @Field(() => ID, { description: "The filing's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field({ description: 'Serial number, e.g. SZ01-F-2026-000007 (gap-free per branch and year)' })
  @Property({ type: 'string', length: 40, unique: true })
  number!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => YearScalar, { description: 'The year whose serial numbers it counts in' }) @Property({ type: 'integer' }) year!: number;
  @Field(() => Int, { description: 'Sequence number within its year' }) @Property({ type: 'integer' }) seq!: number;
  @Field(() => FilingType, { description: 'What kind of document was filed (R-6.5)' }) @Enum({ items: () => FilingType, type: 'string' }) type!: FilingType;
  @Field({ description: 'The title' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => YearMonthScalar, { nullable: true, description: 'The month the document reports on, if any' })
  @Property({ type: 'string', length: 7, nullable: true })
  period: string | null = null;
  @Field(() => LocalDateScalar, { description: "The document's date (the year of its serial number)" }) @Property({ type: 'string', length: 10 }) date!: string;
  @Field({ description: 'Where the document is kept' }) @Property({ type: 'string', length: 300 }) fileRef!: string;
  @Field({ description: 'Username of who filed it (`system:<service>` for automatic filings)' }) @Property({ type: 'string', length: 100 }) filedBy!: string;
  @Field({ description: 'When it was filed' }) @Property({ type: 'datetime' }) filedAt: Date = new Date();
  /** What an automatic filing came from (e.g. `payroll:<id>`): filing it again returns the first one. */
  @Property({ type: 'string', length: 100, nullable: true, unique: true }) sourceRef: string | null = null;
}
