import { Entity, Index, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
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
export function recordEvent<T extends EventType>(
  em: EntityManager,
  source: string,
  name: T,
  subject: string,
  data: EventData<T>,
): EventEnvelope<T> {
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
