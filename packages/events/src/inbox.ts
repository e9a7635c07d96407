import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import type { EventEnvelope } from './envelope';
import { arrayLiteral, isPostgres } from '@bg/db';
import { transactionQuery } from './sql';

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

/** Rows per SQLite statement: 4 parameters each, well under its limit of 32766. */
const SQLITE_CHUNK = 1000;

/**
 * Records events in the inbox of `consumer` inside `em`'s transaction, bypassing the unit of work:
 * `insert ... on conflict do nothing returning event_id`, on PostgreSQL one statement with the
 * ids as an array, on SQLite (>= 3.35) multi-row VALUES. Returns the ids inserted now: the events
 * to apply. An id already there (applied before, or earlier in the list) is not returned; one
 * inserted by a concurrent transaction not yet committed makes the statement wait for it, so an
 * event is claimed once.
 */
export async function claimInbox(em: EntityManager, consumer: string, events: Array<Pick<EventEnvelope, 'id' | 'type'>>): Promise<Set<string>> {
  const claimed = new Set<string>();
  if (!events.length) return claimed;
  if (isPostgres(em)) {
    const rows = await transactionQuery<{ event_id: string }>(
      em,
      `insert into inbox_entry (consumer, event_id, type, processed_at)
       select ?, e.id, e.type, ? from unnest(?::varchar[], ?::varchar[]) as e(id, type)
       on conflict do nothing returning event_id`,
      [consumer, new Date().toISOString(), arrayLiteral(events, 'id'), arrayLiteral(events, 'type')],
    );
    for (const r of rows) claimed.add(r.event_id);
    return claimed;
  }
  const processedAt = em.getPlatform().processDateProperty(new Date());
  for (let i = 0; i < events.length; i += SQLITE_CHUNK) {
    const chunk = events.slice(i, i + SQLITE_CHUNK);
    const params: unknown[] = [];
    for (const e of chunk) params.push(consumer, e.id, e.type, processedAt);
    const rows = await transactionQuery<{ event_id: string }>(
      em,
      `insert into inbox_entry (consumer, event_id, type, processed_at) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
       on conflict do nothing returning event_id`,
      params,
    );
    for (const r of rows) claimed.add(r.event_id);
  }
  return claimed;
}
