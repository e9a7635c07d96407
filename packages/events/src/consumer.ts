import { FlushMode, UniqueConstraintViolationException, type EntityManager, type MikroORM } from '@mikro-orm/core';
import { eventName, parseEnvelope, type EventEnvelope } from './envelope';
import type { EventType } from './contracts';
import { InboxEntry } from './inbox';
import { isolatedEm } from './isolated-em';
import type { IncomingMessage, MessageHandler } from './transport';

export type EventHandlers = {
  [T in EventType]?: (em: EntityManager, event: EventEnvelope<T>) => Promise<void>;
};

export type ConsumeOutcome = 'applied' | 'duplicate' | 'ignored';

/** Loads in one query what the handlers of a batch will look up, so they need not query each. */
export type Prefetch = (em: EntityManager, events: EventEnvelope[]) => Promise<void>;

/**
 * Turns typed event handlers into a transport message handler with the inbox: the inbox row and
 * the handler's effect commit in one transaction, so a redelivered event changes nothing.
 * A message that is not an envelope throws PoisonMessageError (straight to the dead-letter topic);
 * a handler that throws makes the transport retry, then dead-letter it.
 */
export function inboxHandler(
  orm: MikroORM,
  consumer: string,
  handlers: EventHandlers,
  observe?: (outcome: ConsumeOutcome, type: string) => void,
): MessageHandler {
  return async (message: IncomingMessage) => {
    const envelope = parseEnvelope(message.value);
    const name = eventName(envelope);
    const handler = handlers[name] as ((em: EntityManager, e: EventEnvelope) => Promise<void>) | undefined;
    if (!handler) {
      observe?.('ignored', name);
      return;
    }
    let outcome: ConsumeOutcome = 'applied';
    try {
      await isolatedEm(orm).transactional(async (em) => {
        if (await em.findOne(InboxEntry, { consumer, eventId: envelope.id })) {
          outcome = 'duplicate';
          return;
        }
        em.persist(em.create(InboxEntry, { consumer, eventId: envelope.id, type: envelope.type, processedAt: new Date() }));
        await handler(em, envelope);
      });
    } catch (error) {
      // A concurrent delivery of the same event may have committed first; any other error is real.
      const seen = error instanceof UniqueConstraintViolationException &&
        (await isolatedEm(orm).findOne(InboxEntry, { consumer, eventId: envelope.id }));
      if (!seen) throw error;
      outcome = 'duplicate';
    }
    observe?.(outcome, name);
  };
}

/**
 * The same inbox semantics for a run of messages in one transaction: one query finds the events
 * already applied, the rest are applied in order and recorded, one commit. Throughput for a
 * backlog; a transport falls back to `inboxHandler` one message at a time when a batch fails, so
 * a bad message still gets its own retries and dead-lettering.
 */
export function inboxBatchHandler(
  orm: MikroORM,
  consumer: string,
  handlers: EventHandlers,
  observe?: (outcome: ConsumeOutcome, type: string) => void,
  prefetch?: Prefetch,
): (messages: IncomingMessage[]) => Promise<void> {
  return async (messages) => {
    const envelopes = messages.map((m) => parseEnvelope(m.value));
    const outcomes: Array<[ConsumeOutcome, string]> = [];
    const inbox: InboxEntry[] = [];
    // One flush at commit: MikroORM would otherwise flush before each query of a handler.
    await isolatedEm(orm, { flushMode: FlushMode.COMMIT }).transactional(async (em) => {
      const ids = envelopes.map((e) => e.id);
      const seen = new Set((await em.find(InboxEntry, { consumer, eventId: { $in: ids } }, { fields: ['eventId'] })).map((r) => r.eventId));
      await prefetch?.(em, envelopes.filter((e) => !seen.has(e.id)));
      for (const envelope of envelopes) {
        const name = eventName(envelope);
        const handler = handlers[name] as ((em: EntityManager, e: EventEnvelope) => Promise<void>) | undefined;
        if (!handler) {
          outcomes.push(['ignored', name]);
        } else if (seen.has(envelope.id)) {
          outcomes.push(['duplicate', name]);
        } else {
          seen.add(envelope.id);
          inbox.push({ consumer, eventId: envelope.id, type: envelope.type, processedAt: new Date() });
          await handler(em, envelope);
          outcomes.push(['applied', name]);
        }
      }
      // One multi-row insert, outside the unit of work (which the effects use).
      if (inbox.length) await em.insertMany(InboxEntry, inbox);
    });
    for (const [outcome, type] of outcomes) observe?.(outcome, type);
  };
}
