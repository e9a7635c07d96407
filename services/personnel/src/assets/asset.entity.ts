import { randomUUID } from 'node:crypto';
import { FenScalar } from '@bg/graphql';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** What an item is (R-3.1: the team's computers, office equipment and promotion materials). */
export enum AssetKind {
  COMPUTER = 'COMPUTER',
  OFFICE_EQUIPMENT = 'OFFICE_EQUIPMENT',
  PROMOTION_MATERIAL = 'PROMOTION_MATERIAL',
  OTHER = 'OTHER',
}
export enum AssetStatus {
  /** In the branch's store: nobody holds it. */
  IN_STOCK = 'IN_STOCK',
  /** Issued to a client manager (kept at their outlet). */
  ISSUED = 'ISSUED',
  /** Gone (charged as lost or stolen): no further movement. */
  WRITTEN_OFF = 'WRITTEN_OFF',
}
export enum AssetMovement {
  REGISTERED = 'REGISTERED',
  ISSUED = 'ISSUED',
  RETURNED = 'RETURNED',
  HANDED_OVER = 'HANDED_OVER',
  CHARGED = 'CHARGED',
}
export enum AssetLossKind {
  DAMAGE = 'DAMAGE',
  LOSS = 'LOSS',
  THEFT = 'THEFT',
}
registerEnumType(AssetKind, {
  name: 'AssetKind',
  valuesConfig: {
    OTHER: { description: 'Anything else' },
    PROMOTION_MATERIAL: { description: 'Promotion material (宣传品): leaflets, posters, gifts' },
    OFFICE_EQUIPMENT: { description: 'Office equipment (printers, phones, furniture...)' },
    COMPUTER: { description: 'A computer' },
  },
  description: 'COMPUTER, OFFICE_EQUIPMENT, PROMOTION_MATERIAL (宣传品), OTHER',
});
registerEnumType(AssetStatus, {
  name: 'AssetStatus',
  description: 'Where an asset item is: in stock, issued to a person, or gone',
  valuesConfig: {
    IN_STOCK: { description: 'In the store, not issued' },
    ISSUED: { description: 'Issued to a person who keeps it' },
    WRITTEN_OFF: { description: 'Gone: lost, stolen, damaged beyond use or disposed of' },
  },
});
registerEnumType(AssetMovement, {
  name: 'AssetMovement',
  valuesConfig: {
    CHARGED: { description: 'Damage, loss or theft charged to the person responsible (R-3.3); the amount can reach payroll as a deduction' },
    HANDED_OVER: { description: 'Handed over from one manager to a successor (交接, R-3.2)' },
    RETURNED: { description: 'Taken back from a manager into stock' },
    ISSUED: { description: 'Issued from stock to a manager at an outlet' },
    REGISTERED: { description: 'Entered into the branch ledger (in stock)' },
  },
  description: 'A line of the asset ledger (实物管理明细表)',
});
registerEnumType(AssetLossKind, {
  name: 'AssetLossKind',
  valuesConfig: {
    THEFT: { description: 'Stolen (被盗): the item is written off' },
    LOSS: { description: 'Lost (丢失): the item is written off' },
    DAMAGE: { description: 'Damaged (损坏): the item stays in the ledger' },
  },
  description: 'DAMAGE keeps the item; LOSS and THEFT write it off',
});

/** An item of the branch's asset ledger (R-3.x). */
@ObjectType({ description: 'An item of the asset ledger (实物管理明细表)' })
@Entity({ tableName: 'asset_item' })
@Unique({ properties: ['branchId', 'tag'] })
@Index({ properties: ['holderId', 'status'] })
export class AssetItem {
  @Field(() => ID, { description: "The asset item's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36, index: true }) branchId!: string;
  /** The team responsible for it; follows the holder's team when issued. */
  @Field(() => ID, { description: "The team responsible for it (R-3.1); follows the holder's team when issued.", nullable: true })
  @Property({ type: 'string', length: 36, nullable: true, index: true })
  teamId: string | null = null;
  /** Where it is kept: the outlet of the manager holding it; null in the branch's store. */
  @Field(() => ID, { description: "Where it is kept: the outlet of the manager holding it; null in the branch's store.", nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  outletId: string | null = null;
  @Field({ description: "The asset item's name" }) @Property({ type: 'string', length: 200 }) name!: string;
  @Field(() => AssetKind, { description: 'Which kind of asset item it is' }) @Enum({ items: () => AssetKind, type: 'string' }) kind!: AssetKind;
  @Field({ description: 'Serial number or asset tag, unique in the branch' }) @Property({ type: 'string', length: 100 }) tag!: string;
  @Field(() => FenScalar, { description: 'Value in fen' }) @Property({ type: 'integer' }) valueFen!: number;
  @Field(() => AssetStatus, { description: 'Where the asset item stands' }) @Enum({ items: () => AssetStatus, type: 'string' }) status: AssetStatus =
    AssetStatus.IN_STOCK;
  @Field(() => ID, { nullable: true, description: 'The employee holding it' }) @Property({ type: 'string', length: 36, nullable: true }) holderId:
    string | null = null;
  @Field({ description: 'When the item was entered into the ledger' }) @Property({ type: 'datetime' }) registeredAt: Date = new Date();
  /** Optimistic lock: two movements of the same item cannot both commit. */
  @Property({ version: true }) version?: number;
}

/** One line of the ledger: every movement of an item; lines are only ever added. */
@ObjectType({ description: 'A line of the asset ledger: one movement of one item' })
@Entity({ tableName: 'asset_ledger_line' })
@Index({ properties: ['branchId', 'at'] })
@Index({ properties: ['teamId', 'at'] })
@Index({ properties: ['outletId', 'at'] })
@Index({ properties: ['assetId', 'at'] })
export class AssetLedgerLine {
  @Field(() => ID, { description: "The asset ledger line's id" }) @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Field(() => ID, { description: 'The asset item the line is about' }) @Property({ type: 'string', length: 36 }) assetId!: string;
  /** The item's name and tag when the line was written. */
  @Field({ description: "The item's name and tag when the line was written." }) @Property({ type: 'string', length: 200 }) assetName!: string;
  @Field({ description: "The item's serial number or asset tag when the line was written" }) @Property({ type: 'string', length: 100 }) assetTag!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) @Property({ type: 'string', length: 36 }) branchId!: string;
  /** Team and outlet of the item after the movement (what the team/outlet ledger lists). */
  @Field(() => ID, { description: 'Team and outlet of the item after the movement (what the team/outlet ledger lists).', nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  teamId: string | null = null;
  @Field(() => ID, { nullable: true, description: 'The outlet (网点) it concerns' }) @Property({ type: 'string', length: 36, nullable: true }) outletId:
    string | null = null;
  @Field(() => AssetMovement, { description: 'What happened to the item on this line' })
  @Enum({ items: () => AssetMovement, type: 'string' })
  movement!: AssetMovement;
  @Field({ description: 'When it happened' }) @Property({ type: 'datetime' }) at: Date = new Date();
  /** Who entered it: username and employee id from the token. */
  @Field({ description: 'Who entered it: username and employee id from the token.' }) @Property({ type: 'string', length: 100 }) recordedBy!: string;
  @Field(() => ID, { description: 'The employee id of who entered it (from the token); null for a user who is no employee', nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  recordedByEmployeeId: string | null = null;
  @Field(() => ID, { description: 'The employee who held the item before the movement; null when it came from the store', nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  fromHolderId: string | null = null;
  @Field(() => ID, {
    description: 'The employee who holds the item after the movement; null when it went back to the store or was written off',
    nullable: true,
  })
  @Property({ type: 'string', length: 36, nullable: true })
  toHolderId: string | null = null;
  @Field({ description: 'A free-text note' }) @Property({ type: 'string', length: 500 }) note: string = '';
  /** A handover's lines share one act id (R-3.2: all items, one act, both named). */
  @Field(() => ID, { description: "A handover's lines share one act id (R-3.2: all items, one act, both named).", nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  actId: string | null = null;
  /** CHARGED lines: the person charged, the kind of loss and the amount. */
  @Field(() => ID, { description: 'CHARGED lines: the person charged (R-3.3), the kind of loss and the amount.', nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  chargedEmployeeId: string | null = null;
  @Field(() => AssetLossKind, { description: 'CHARGED lines: damage, loss or theft (R-3.3); null on other lines', nullable: true })
  @Enum({ items: () => AssetLossKind, type: 'string', nullable: true })
  lossKind: AssetLossKind | null = null;
  @Field(() => FenScalar, { nullable: true, description: 'Amount charged, in fen' }) @Property({ type: 'integer', nullable: true }) amountFen: number | null =
    null;
}
