import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** 第五条 (二): a member's duty within the marketing team. */
export enum DutyRole {
  DEVELOPMENT = 'DEVELOPMENT',
  SERVICE = 'SERVICE',
}
registerEnumType(DutyRole, {
  name: 'DutyRole',
  description: "A member's duty within the marketing team (分工, 第五条): one at a time",
  valuesConfig: {
    DEVELOPMENT: { description: '开发客户: acquiring new customers' },
    SERVICE: { description: '服务客户: serving the existing customers' },
  },
});

/** A member's duty role in a team from effectiveOn on (until their next assignment); published on personnel.organisation. */
@ObjectType({ description: "A team member's duty role (分工) from effectiveOn until their next assignment" })
@Entity({ tableName: 'duty_role_assignment' })
@Unique({ properties: ['employeeId', 'effectiveOn'] })
@Index({ properties: ['teamId', 'effectiveOn'] })
export class DutyRoleAssignment {
  @Field(() => ID, { description: "The assignment's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The team (营销团队) it was made in' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field(() => ID, { description: 'The branch (营业部) of the team' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team member it concerns' }) @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Field(() => DutyRole, { description: 'The duty: developing (开发客户) or serving (服务客户) customers' })
  @Enum({ items: () => DutyRole, type: 'string' })
  role!: DutyRole;
  @Field(() => LocalDateScalar, { description: 'The first day the duty applies' }) @Property({ type: 'string', length: 10 }) effectiveOn!: string;
  @Field({ description: 'Who assigned it (username): the team lead or the branch manager' }) @Property({ type: 'string', length: 100 }) assignedBy!: string;
  @Field(() => Date, { description: 'When it was recorded' }) @Property({ type: 'datetime' }) assignedAt: Date = new Date();
}
