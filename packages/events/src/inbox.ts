import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import type { EventEnvelope } from './envelope';

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

/** Rows per statement: 4 parameters each, well under the drivers' limits (SQLite 32766, PostgreSQL 65535). */
const CLAIM_CHUNK = 1000;

/**
 * Records events in the inbox of `consumer` inside `em`'s transaction with multi-row
 * `insert ... on conflict do nothing returning event_id` statements (PostgreSQL, SQLite >= 3.35),
 * bypassing the unit of work. Returns the ids inserted now: the events to apply. An id already
 * there (applied before, or earlier in the list) is not returned; one inserted by a concurrent
 * transaction not yet committed makes the statement wait for it, so an event is claimed once.
 */
export async function claimInbox(em: EntityManager, consumer: string, events: Array<Pick<EventEnvelope, 'id' | 'type'>>): Promise<Set<string>> {
  const claimed = new Set<string>();
  const platform = em.getPlatform();
  const processedAt = platform.processDateProperty(new Date());
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  for (let i = 0; i < events.length; i += CLAIM_CHUNK) {
    const chunk = events.slice(i, i + CLAIM_CHUNK);
    const params: unknown[] = [];
    for (const e of chunk) params.push(consumer, e.id, e.type, processedAt);
    const rows: Array<{ event_id: string }> = await connection.execute(
      `insert into inbox_entry (consumer, event_id, type, processed_at) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')} on conflict do nothing returning event_id`,
      params, 'all', ctx,
    );
    for (const r of rows) claimed.add(r.event_id);
  }
  return claimed;
}
