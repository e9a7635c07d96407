import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A manager's own weekly target, e.g. 2+ new customers and 2-4 potential customers a week. */
@Entity({ tableName: 'weekly_goal' })
@Unique({ properties: ['employeeId', 'weekStart'] })
export class WeeklyGoal {
  @PrimaryKey({ type: 'string', length: 36 }) id: string = randomUUID();
  @Property({ type: 'string', length: 36 }) employeeId!: string;
  /** The Monday of the week. */
  @Property({ type: 'string', length: 10 }) weekStart!: string;
  @Property({ type: 'integer' }) newCustomers!: number;
  @Property({ type: 'integer' }) potentialCustomers!: number;
  @Property({ type: 'datetime' }) setAt: Date = new Date();
}
