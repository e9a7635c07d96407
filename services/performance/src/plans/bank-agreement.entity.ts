import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@bg/graphql';

/** the team's marketing cooperation agreement with its partner bank for the year (营销合作协议), filed with the annual plan. */
@ObjectType({
  description: "银行合作协议: a team's marketing cooperation agreement with its partner bank (R-1.2), named by the annual plan that goes on the approval route",
})
@Entity({ tableName: 'bank_agreement' })
@Index({ properties: ['teamId', 'startsOn'] })
export class BankAgreement {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'The team (营销团队)' }) @Property({ type: 'string', length: 36 }) teamId!: string;
  @Field({ description: 'The partner bank (and branch), e.g. 招商银行深圳分行' }) @Property({ type: 'string', length: 200 }) partnerBank!: string;
  @Field(() => LocalDateScalar, { description: 'First day in force' }) @Property({ type: 'string', length: 10 }) startsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Last day in force' }) @Property({ type: 'string', length: 10 }) endsOn!: string;
  @Field({ description: 'The terms agreed (outlets, joint marketing, fees, obligations)' }) @Property({ type: 'text' }) terms!: string;
  @Field({ description: 'The signed agreement as a stored file (a reference to the scanned copy)' })
  @Property({ type: 'string', length: 300 })
  fileRef!: string;
  @Field({ description: 'Who filed it (username)' }) @Property({ type: 'string', length: 100 }) filedBy!: string;
  @Field({ description: 'When' }) @Property({ type: 'datetime' }) filedAt: Date = new Date();
}
