import { Entity, Index, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { bulkInsert } from '@bg/db';
import { createEnvelope, type EventEnvelope } from './envelope';
import { topicOf, type EventData, type EventType } from './contracts';

/**
 * Transactional outbox: a row written by the same flush as the state change it describes.
 * The relay publishes unsent rows in `seq` order (so per aggregate in order) and stamps `sentAt`.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['sentAt', 'seq'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  @Property({ type: 'string', length: 36, unique: true })
  eventId!: string;

  @Property({ type: 'string', length: 100 })
  topic!: string;

  /** Kafka key: the aggregate id (the envelope's subject). */
  @Property({ type: 'string', length: 100 })
  key!: string;

  @Property({ type: 'string', length: 100 })
  type!: string;

  /** The whole envelope as JSON text, exactly as published. */
  @Property({ type: 'text' })
  payload!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}

/**
 * Records an event in the outbox of the given (forked, request-scoped) EntityManager. It is
 * written by the caller's next flush, in the same transaction as the change itself.
 */
export function recordEvent<T extends EventType>(em: EntityManager, source: string, name: T, subject: string, data: EventData<T>): EventEnvelope<T> {
  const envelope = createEnvelope(source, name, subject, data);
  const row = new OutboxMessage();
  row.eventId = envelope.id;
  row.topic = topicOf[name];
  row.key = subject;
  row.type = envelope.type;
  row.payload = JSON.stringify(envelope);
  em.persist(row);
  return envelope;
}

/** One event of a `recordEvents` batch. */
export interface EventToRecord<T extends EventType = EventType> {
  name: T;
  subject: string;
  data: EventData<T>;
}

/**
 * The bulk form of `recordEvent`, for thousands of events at once (a month close emits one per
 * manager): the same outbox rows (envelope, topic, key = subject), in the given order, but
 * written now by one statement (`bulkInsert`: on PostgreSQL one array parameter per column, so
 * 10,000 rows stay far below its 65,535 parameters) instead of one entity each at the next flush.
 * Call it inside the transaction of the change it describes (`em.begin()`/`em.transactional()`):
 * it goes wherever the EntityManager's transaction goes. The relay finds the rows on its next poll.
 */
export async function recordEvents<T extends EventType>(
  em: EntityManager,
  source: string,
  events: ReadonlyArray<EventToRecord<T>>,
): Promise<Array<EventEnvelope<T>>> {
  const createdAt = new Date();
  const envelopes = events.map(({ name, subject, data }) => createEnvelope(source, name, subject, data));
  await bulkInsert(
    em,
    'outbox_message',
    OUTBOX_COLUMNS,
    envelopes.map((envelope, i) => ({
      eventId: envelope.id,
      topic: topicOf[events[i].name],
      key: events[i].subject,
      type: envelope.type,
      payload: JSON.stringify(envelope),
      createdAt,
      attempts: 0,
    })),
  );
  return envelopes;
}

/** The columns `recordEvents` writes (the others keep their defaults: seq, sentAt and lastError empty). */
const OUTBOX_COLUMNS = { eventId: 'text', topic: 'text', key: 'text', type: 'text', payload: 'text', createdAt: 'timestamptz', attempts: 'int' } as const;
