import type { EntityManager } from '@mikro-orm/core';
import { createEnvelope, topicOf, type EventData, type EventType } from '@bg/events';
import { bulkInsert } from './sql';

/**
 * The bulk form of @bg/events' `recordEvent`: the same outbox rows (envelope, topic, key = subject),
 * written in one statement in the EntityManager's transaction instead of one ORM entity each (a
 * month close writes 10,000). The relay finds them on its next poll.
 */
export async function recordEvents<T extends EventType>(em: EntityManager, events: Array<{ name: T; subject: string; data: EventData<T> }>): Promise<void> {
  const createdAt = new Date();
  await bulkInsert(em, 'outbox_message', [['event_id', 'text'], ['topic', 'text'], ['key', 'text'], ['type', 'text'], ['payload', 'text'], ['created_at', 'timestamptz'], ['attempts', 'int']],
    events.map(({ name, subject, data }) => {
      const envelope = createEnvelope('attendance', name, subject, data);
      return { event_id: envelope.id, topic: topicOf[name], key: subject, type: envelope.type, payload: JSON.stringify(envelope), created_at: createdAt, attempts: 0 };
    }));
}
