import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { YearMonthScalar } from '@bg/graphql';

export enum ManagementRulesStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ManagementRulesStatus, {
  name: 'ManagementRulesStatus',
  description: 'SUBMITTED: on the R-1.3 route; APPROVED: applies from its month; REJECTED: back to the branch with the reason (propose a new version)',
  valuesConfig: {
    SUBMITTED: { description: 'On the R-1.3 approval route' },
    APPROVED: { description: 'Approved: applies from its month' },
    REJECTED: { description: 'Rejected: back to the branch with the reason' },
  },
});

/** A version of a team's management rules (管理实施细则, R-1.1), approved through the route. */
@ObjectType({ description: "A version of a team's management rules (管理实施细则, R-1.1): a document approved on the R-1.3 route before it applies" })
@Entity({ tableName: 'management_rules' })
@Unique({ properties: ['teamId', 'version'] })
@Index({ properties: ['branchId', 'status'] })
export class ManagementRules {
  @Field(() => ID, { description: "The management rules's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team (营销团队)' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => Int, { description: "The team's versions so far, this one included" }) @Property({ type: 'integer' }) version!: number;
  @Field({ description: 'Title' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field({ description: 'The rules as written' }) @Property({ type: 'text' }) content!: string;
  @Field(() => String, { nullable: true, description: 'The signed document, if filed as a file (a file reference)' })
  @Property({ type: 'string', length: 500, nullable: true })
  fileRef: string | null = null;
  @Field(() => YearMonthScalar, { description: 'The first month it applies (once approved)' }) @Property({ type: 'string', length: 7 }) effectiveFrom!: string;
  @Field(() => ManagementRulesStatus, { description: 'Where it stands' })
  @Enum({ items: () => ManagementRulesStatus, type: 'string' })
  status: ManagementRulesStatus = ManagementRulesStatus.SUBMITTED;
  @Field(() => ID, { nullable: true, description: 'Its approval on the R-1.3 route' }) @Property({ type: 'string', length: 36, nullable: true }) approvalId:
    string | null = null;
  @Field({ description: 'Who proposed it (username)' }) @Property({ type: 'string', length: 100 }) proposedBy!: string;
  @Field({ description: 'When it was proposed' }) @Property({ type: 'datetime' }) proposedAt: Date = new Date();
  @Field(() => String, { nullable: true, description: 'Approved: the VP in charge; rejected: who rejected it' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;
  @Field(() => Date, { description: 'When the approval route closed it', nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
  @Field(() => String, { description: 'Why it was rejected, when it was', nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  rejectionReason: string | null = null;
}
