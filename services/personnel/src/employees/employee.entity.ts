import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffPost as Posts, type EmployeeStatus as Status, type EmploymentType as Kind, type StaffPost as Post } from '@bg/events';
import { LocalDateScalar } from '@bg/graphql';

export enum EmploymentType {
  /** Full-time, 1-year labour contract */
  FULL_TIME = 'FULL_TIME',
  /** Part-time, 1-year marketing cooperation agreement */
  PART_TIME = 'PART_TIME',
}
export enum EmployeeStatus {
  CANDIDATE = 'CANDIDATE',
  PROBATION = 'PROBATION',
  ACTIVE = 'ACTIVE',
  DEPARTED = 'DEPARTED',
}
/**
 * 岗位: client managers (with their group leaders and team leads) or the organisation's other staff;
 * the event contracts' list (every service reads the post from EmployeeHired).
 */
export const StaffPost = Posts;
export type StaffPost = Post;
registerEnumType(StaffPost, {
  name: 'StaffPost',
  description:
    '岗位: CLIENT_MANAGER (客户经理, group leaders and team leads among them: the payroll and attendance of the marketing teams) or branch / head-office staff',
  valuesConfig: {
    CLIENT_MANAGER: { description: '客户经理: a member of a marketing team (group leaders and team leads included)' },
    BRANCH_MANAGER: { description: '营业部经理' },
    DEPUTY_MANAGER: { description: '副经理 / 经理助理' },
    FINANCE: { description: '营业部财务 (主办会计)' },
    ATTENDANCE_CLERK: { description: 'The person designated to record attendance' },
    ARCHIVE_CLERK: { description: '交易管理岗: archives, slips, serial numbers' },
    ASSET_KEEPER: { description: 'The person designated to keep the asset ledger' },
    RECRUITER: { description: 'Recruitment staff' },
    TRAINER: { description: 'Training organiser' },
    HEAD_OFFICE: { description: 'Head-office department staff (经纪业务综合室, 渠道管理部, the VP in charge)' },
  },
});
registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  valuesConfig: {
    PART_TIME: { description: 'Part-time: a one-year marketing cooperation agreement (营销合作协议)' },
    FULL_TIME: { description: 'Full-time: a one-year labour contract (劳动合同)' },
  },
  description: 'FULL_TIME: labour contract; PART_TIME: cooperation agreement',
});
registerEnumType(EmployeeStatus, {
  name: 'EmployeeStatus',
  description: 'Where an employee stands: CANDIDATE, PROBATION, ACTIVE or DEPARTED',
  valuesConfig: {
    CANDIDATE: { description: 'A candidate, not yet employed' },
    PROBATION: { description: 'On probation (试用)' },
    ACTIVE: { description: 'Employed' },
    DEPARTED: { description: 'Left the company' },
  },
});

// The event contracts use the same values as string unions.
const _kinds: Record<Kind, EmploymentType> = EmploymentType;
const _statuses: Record<Status, EmployeeStatus> = EmployeeStatus;
void _kinds;
void _statuses;

/** An employee of the organisation: client managers (and their leads) and branch / head-office staff; the federated Employee entity. */
@ObjectType({ description: 'An employee: a client manager (客户经理) or a member of the branch or head-office staff (post)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'employee' })
export class Employee {
  @Field(() => ID, { description: "The employee's id" }) @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Field({ description: "The employee's name" }) @Property({ type: 'string', length: 100 }) name!: string;
  @Field({ description: '级别' }) @Property({ type: 'string', length: 20 }) level!: string;
  @Field(() => EmploymentType, { description: 'Full-time (one-year labour contract) or part-time (one-year marketing cooperation agreement)' })
  @Enum({ items: () => EmploymentType, type: 'string' })
  employmentType!: EmploymentType;
  @Field(() => EmployeeStatus, { description: 'Where the employee stands' }) @Enum({ items: () => EmployeeStatus, type: 'string' }) status!: EmployeeStatus;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36, index: true }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) @Property({ type: 'string', length: 36, nullable: true, index: true }) teamId:
    string | null = null;
  @Field(() => ID, { nullable: true, description: 'The group (小组) it belongs to' }) @Property({ type: 'string', length: 36, nullable: true }) groupId:
    string | null = null;
  @Field(() => ID, { nullable: true, description: 'The outlet (网点) it concerns' }) @Property({ type: 'string', length: 36, nullable: true }) outletId:
    string | null = null;
  @Field(() => LocalDateScalar, { description: 'The day the employee was hired' }) @Property({ type: 'string', length: 10 }) hiredOn!: string;
  /** 身份证号: archive material; exposed only through the audited, masking field resolver. */
  @Property({ type: 'string', length: 18, nullable: true }) idNumber: string | null = null;
  /** The recruitment candidate this employee was hired as (CandidateHired): one employee per candidate. */
  @Property({ type: 'string', length: 36, nullable: true, unique: true }) candidateId: string | null = null;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Field(() => StaffPost, { description: '岗位' }) @Enum({ items: () => StaffPost, type: 'string', default: StaffPost.CLIENT_MANAGER }) post: StaffPost =
    StaffPost.CLIENT_MANAGER;
}
