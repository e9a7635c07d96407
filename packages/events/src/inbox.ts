import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Inbox: one row per (consumer, event id), inserted in the same transaction as the event's
 * effect. A redelivered event finds its row and changes nothing.
 */
@Entity({ tableName: 'inbox_entry' })
export class InboxEntry {
  @PrimaryKey({ type: 'string', length: 100 })
  consumer!: string;

  @PrimaryKey({ type: 'string', length: 36 })
  eventId!: string;

  @Property({ type: 'string', length: 100 })
  type!: string;

  @Property({ type: 'datetime' })
  processedAt: Date = new Date();
}
