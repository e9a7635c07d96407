import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';
import { CandidateChannel } from '../pipeline/pipeline.rules';

export enum EmploymentType {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}
// Same name, values and description as personnel's enum: the supergraph merges them.
registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  valuesConfig: {
    PART_TIME: { description: 'Part-time: a one-year marketing cooperation agreement (营销合作协议)' },
    FULL_TIME: { description: 'Full-time: a one-year labour contract (劳动合同)' },
  },
  description: 'FULL_TIME: labour contract; PART_TIME: cooperation agreement',
});

export enum RequisitionStatus {
  /** Opened by the branch, on the staffing approval route: takes no candidates yet. */
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  OPEN = 'OPEN',
  FILLED = 'FILLED', // every post hired
  CLOSED = 'CLOSED', // closed by hand
  /** The staffing approval was rejected (rejectionReason); open a new requisition to ask again. */
  REJECTED = 'REJECTED',
}
registerEnumType(RequisitionStatus, {
  name: 'RequisitionStatus',
  description: 'PENDING_APPROVAL on the R-1.3 staffing route; OPEN once approved (takes candidates); FILLED; CLOSED by hand; REJECTED by the route',
  valuesConfig: {
    REJECTED: { description: 'The staffing approval was rejected (rejectionReason)' },
    OPEN: { description: 'Approved: takes candidates' },
    PENDING_APPROVAL: { description: 'Waiting for the staffing approval on the R-1.3 route; no candidates yet' },
    FILLED: { description: 'every post hired' },
    CLOSED: { description: 'closed by hand' },
  },
});

/** 招聘需求: a branch's request to hire a number of client managers for a team. */
@ObjectType({ description: '招聘需求: posts a branch wants to fill' })
@Entity({ tableName: 'requisition' })
@Index({ properties: ['status', 'branchId'] })
export class Requisition {
  @Field(() => ID, { description: "The requisition's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null =
    null;
  @Field({ description: 'The title' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => Int, { description: 'Number of posts' }) @Property({ type: 'integer' }) posts!: number;
  @Field(() => EmploymentType, { description: 'Full-time (one-year labour contract) or part-time (one-year marketing cooperation agreement)' })
  @Enum({ items: () => EmploymentType, type: 'string' })
  employmentType!: EmploymentType;
  /** Channels planned, comma-separated. */
  @Property({ type: 'string', length: 200 }) channelPlanList = '';
  @Field(() => String, { nullable: true, description: 'A free-text note' }) @Property({ type: 'text', nullable: true }) note: string | null = null;
  @Field(() => RequisitionStatus, { description: 'Where the requisition stands' })
  @Enum({ items: () => RequisitionStatus, type: 'string' })
  status: RequisitionStatus = RequisitionStatus.OPEN;
  @Field(() => LocalDateScalar, { description: 'The day the requisition was opened' }) @Property({ type: 'string', length: 10 }) openedOn!: string;
  @Field({ description: 'Who opened it (username)' }) @Property({ type: 'string', length: 100 }) openedBy!: string;
  @Field({ description: 'When it was created' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  // staffing approval (issue 16, item 2): the route lives in performance; these follow its events. Declared last (column order).
  @Field(() => ID, { nullable: true, description: 'The staffing approval on the R-1.3 route (performance: approvalRequest(id))' })
  @Property({ type: 'string', length: 36, nullable: true })
  approvalId: string | null = null;
  @Field(() => String, { nullable: true, description: 'Who ended the route (the brokerage office closing it approved, or whoever rejected it)' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedBy: string | null = null;
  @Field(() => String, { nullable: true, description: 'Why the staffing approval was rejected' })
  @Property({ type: 'string', length: 1000, nullable: true })
  rejectionReason: string | null = null;

  @Field(() => [CandidateChannel], { description: 'Channels the branch plans to recruit through' })
  get channelPlan(): CandidateChannel[] {
    return this.channelPlanList.split(',').filter(Boolean) as CandidateChannel[];
  }
}
