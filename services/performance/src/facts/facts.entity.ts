/** What other services told performance (consumed events), per employee and month: the inputs of payroll. */
import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A manager's closed attendance month (AttendanceMonthClosed, R-2.7); a later close of the same month replaces it. */
@Entity({ tableName: 'attendance_month' })
@Unique({ properties: ['employeeId', 'month'] })
@Index({ properties: ['branchId', 'month'] })
export class AttendanceMonth {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Property({ type: 'string', length: 7 }) month!: string;
  @Property({ type: 'integer' }) daysWorked!: number;
  @Property({ type: 'integer' }) late!: number;
  @Property({ type: 'integer' }) early!: number;
  @Property({ type: 'integer' }) absent!: number;
  /** Half days count 0.5 (AttendanceMonthClosed). */
  @Property({ type: 'double' }) leaveDays!: number;
  @Property({ type: 'integer' }) visits!: number;
  /** The event that closed it last. */
  @Property({ type: 'string', length: 36 }) eventId!: string;
  @Property({ type: 'datetime' }) closedAt: Date = new Date();
}

/** An asset-loss charge (AssetLossCharged, R-3.3): deducted by the first payroll of its month or later that is signed off. */
@Entity({ tableName: 'asset_loss_charge' })
@Index({ properties: ['employeeId', 'settledInPayrollId'] })
export class AssetLossCharge {
  @PrimaryKey({ type: 'string', length: 36 }) chargeId!: string;
  @Property({ type: 'string', length: 36 }) employeeId!: string;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Property({ type: 'string', length: 36 }) assetId!: string;
  @Property({ type: new BigIntType('number') }) amountFen!: number;
  @Property({ type: 'string', length: 10 }) kind!: string;
  @Property({ type: 'string', length: 10 }) chargedOn!: string;
  @Property({ type: 'string', length: 7 }) month!: string;
  /** The signed-off payroll run that deducted it; null while unsettled. */
  @Property({ type: 'string', length: 36, nullable: true }) settledInPayrollId: string | null = null;
}
