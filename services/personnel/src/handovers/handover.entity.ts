import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum HandoverStatus {
  PENDING = 'PENDING',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(HandoverStatus, {
  name: 'AssetHandoverStatus',
  description: 'PENDING until both the one handing over and the one receiving acknowledged it (R-3.2)',
  valuesConfig: {
    PENDING: { description: 'Waiting for the acknowledgement of one or both people' },
    ACKNOWLEDGED: { description: 'Both the one handing over and the one receiving acknowledged it' },
  },
});

/** A handover act: the items moved by the asset keeper (ledger lines sharing `actId`), signed by both in the graph. */
@ObjectType({ description: 'A handover act (交接, R-3.2): recorded by the asset keeper, acknowledged by the one handing over and the one receiving' })
@Entity({ tableName: 'asset_handover_act' })
@Index({ properties: ['branchId', 'status'] })
@Index({ properties: ['fromEmployeeId'] })
@Index({ properties: ['toEmployeeId'] })
export class AssetHandoverAct {
  @Field(() => ID, { description: "The ledger lines' actId" }) @PrimaryKey({ type: 'string', length: 36 }) actId!: string;
  @Field(() => ID, { description: 'The branch (营业部)' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  @Field(() => ID, { description: 'Who hands the items over' }) @Property({ type: 'string', length: 36 }) fromEmployeeId!: string;
  @Field(() => ID, { description: 'Who receives them' }) @Property({ type: 'string', length: 36 }) toEmployeeId!: string;
  @Field({ description: 'When the handover was recorded' }) @Property({ type: 'datetime' }) at!: Date;
  @Field({ description: 'The asset keeper who recorded it' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field(() => HandoverStatus, { description: 'Where it stands' }) @Enum({ items: () => HandoverStatus, type: 'string' }) status: HandoverStatus =
    HandoverStatus.PENDING;
  @Field(() => Date, { nullable: true, description: 'When the one handing over acknowledged it' })
  @Property({ type: 'datetime', nullable: true })
  fromAcknowledgedAt: Date | null = null;
  @Field(() => Date, { nullable: true, description: 'When the one receiving acknowledged it' })
  @Property({ type: 'datetime', nullable: true })
  toAcknowledgedAt: Date | null = null;
  /** Optimistic lock: the two acknowledgements at once cannot overwrite each other. */
  @Property({ version: true }) version?: number;
}
