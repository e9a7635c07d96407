import { FlushMode, type EntityManager, type MikroORM } from '@mikro-orm/core';
import { eventName, parseEnvelope, type EventEnvelope } from './envelope';
import type { EventType } from './contracts';
import { claimInbox } from './inbox';
import { isolatedEm } from './isolated-em';
import type { IncomingMessage, MessageHandler } from './transport';

export type EventHandlers = {
  [T in EventType]?: (em: EntityManager, event: EventEnvelope<T>) => Promise<void>;
};

export type ConsumeOutcome = 'applied' | 'duplicate' | 'ignored';

/** Loads in one query what the handlers of a batch will look up, so they need not query each. */
export type Prefetch = (em: EntityManager, events: EventEnvelope[]) => Promise<void>;

/** Writes registered by a batch's prefetch or handlers, run after its last handler, before its commit. */
const batchWrites = new WeakMap<EntityManager, Array<() => Promise<void>>>();

/**
 * For a prefetch or handler inside `inboxBatchHandler`: runs `write` once, after the batch's
 * handlers and before the unit of work's flush and the commit, in the same transaction; e.g. one
 * multi-row statement for the rows the batch's events changed instead of one entity each.
 * Returns false outside a batch (nothing registered: write through the unit of work).
 */
export function beforeBatchCommit(em: EntityManager, write: () => Promise<void>): boolean {
  const writes = batchWrites.get(em);
  writes?.push(write);
  return !!writes;
}

/**
 * The event a message carries by its `ce_type` header (CloudEvents' Kafka binding, binary mode),
 * read before its value: a consumer passes over the events it has no handler for without parsing
 * them (a topic's other events may be large: a month's customer details per manager).
 */
function unhandledByHeader(message: IncomingMessage, handlers: EventHandlers): EventType | null {
  const type = message.headers?.ce_type;
  if (!type) return null;
  const name = eventName({ type });
  return handlers[name] ? null : name;
}

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
    const unhandled = unhandledByHeader(message, handlers);
    if (unhandled) {
      observe?.('ignored', unhandled);
      return;
    }
    const envelope = parseEnvelope(message.value);
    const name = eventName(envelope);
    const handler = handlers[name] as ((em: EntityManager, e: EventEnvelope) => Promise<void>) | undefined;
    if (!handler) {
      observe?.('ignored', name);
      return;
    }
    let outcome: ConsumeOutcome = 'applied';
    await isolatedEm(orm).transactional(async (em) => {
      // Inserted now, or already there (a concurrent delivery's row is waited for): a duplicate.
      if (!(await claimInbox(em, consumer, [envelope])).size) {
        outcome = 'duplicate';
        return;
      }
      await handler(em, envelope);
    });
    observe?.(outcome, name);
  };
}

/**
 * The same inbox semantics for a run of messages in one transaction: one statement records the
 * events in the inbox and tells which of them are new, the new ones are applied in order, one
 * commit. Throughput for a backlog; a transport falls back to `inboxHandler` one message at a
 * time when a batch fails, so a bad message still gets its own retries and dead-lettering.
 */
export function inboxBatchHandler(
  orm: MikroORM,
  consumer: string,
  handlers: EventHandlers,
  observe?: (outcome: ConsumeOutcome, type: string) => void,
  prefetch?: Prefetch,
): (messages: IncomingMessage[]) => Promise<void> {
  return async (messages) => {
    const outcomes: Array<[ConsumeOutcome, string]> = [];
    const envelopes: EventEnvelope[] = [];
    for (const m of messages) {
      const unhandled = unhandledByHeader(m, handlers);
      if (unhandled) outcomes.push(['ignored', unhandled]);
      else envelopes.push(parseEnvelope(m.value));
    }
    // One flush at commit: MikroORM would otherwise flush before each query of a handler.
    await isolatedEm(orm, { flushMode: FlushMode.COMMIT }).transactional(async (em) => {
      const writes: Array<() => Promise<void>> = [];
      batchWrites.set(em, writes);
      // Inbox rows first, outside the unit of work: the ids inserted now are the events to apply.
      const fresh = await claimInbox(
        em,
        consumer,
        envelopes.filter((e) => handlers[eventName(e)]),
      );
      if (fresh.size)
        await prefetch?.(
          em,
          envelopes.filter((e) => fresh.has(e.id)),
        );
      for (const envelope of envelopes) {
        const name = eventName(envelope);
        const handler = handlers[name] as ((em: EntityManager, e: EventEnvelope) => Promise<void>) | undefined;
        if (!handler) {
          outcomes.push(['ignored', name]);
        } else if (!fresh.delete(envelope.id)) {
          outcomes.push(['duplicate', name]); // applied before, or earlier in this run
        } else {
          await handler(em, envelope);
          outcomes.push(['applied', name]);
        }
      }
      for (const write of writes) await write();
    });
    for (const [outcome, type] of outcomes) observe?.(outcome, type);
  };
}
