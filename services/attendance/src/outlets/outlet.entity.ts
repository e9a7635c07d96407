import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Used when the branch clerk has not entered an outlet's hours (or a manager has no outlet). */
export const DEFAULT_HOURS = { opensAt: '09:00', closesAt: '17:00' } as const;

/**
 * An outlet's working hours as attendance knows them (R-2.1: a manager's hours are the outlet's).
 * Personnel owns the outlet; its hours are not in any event yet, so the branch attendance clerk
 * keeps this copy.
 */
@ObjectType('AttendanceOutletHours', { description: "An outlet's working hours as attendance classifies days by them (kept by the branch; personnel's Outlet hours are not in any event)" })
@Entity({ tableName: 'outlet_hours' })
export class OutletHours {
  @Field(() => ID) @PrimaryKey({ type: 'string', length: 36 }) outletId!: string;
  @Field(() => ID) @Property({ type: 'string', length: 36, index: true }) branchId!: string;
  @Field({ description: 'HH:MM' }) @Property({ type: 'string', length: 5 }) opensAt!: string;
  @Field({ description: 'HH:MM' }) @Property({ type: 'string', length: 5 }) closesAt!: string;
  @Field() @Property({ type: 'string', length: 100 }) updatedBy!: string;
  @Field() @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}

/** Where a manager works and since when (from personnel.employee events: outlet, hire, departure). */
@Entity({ tableName: 'employee_post' })
export class EmployeePost {
  @PrimaryKey({ type: 'string', length: 36 }) employeeId!: string;
  @Property({ type: 'string', length: 36, nullable: true }) outletId: string | null = null;
  @Property({ type: 'string', length: 10, nullable: true }) hiredOn: string | null = null;
  @Property({ type: 'string', length: 10, nullable: true }) departedOn: string | null = null;
}
