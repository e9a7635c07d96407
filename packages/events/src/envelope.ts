import { randomUUID } from 'node:crypto';
import type { EventData, EventType } from './contracts';

/**
 * CloudEvents 1.0 shaped envelope (structured mode). `type` carries the contract version,
 * e.g. `EmployeeHired.v1`; `subject` is the aggregate id and doubles as the Kafka key.
 */
export interface EventEnvelope<T extends EventType = EventType> {
  specversion: '1.0';
  id: string;
  source: string;
  type: `${T}.v1`;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  data: EventData<T>;
}

export function createEnvelope<T extends EventType>(source: string, name: T, subject: string, data: EventData<T>, now: Date = new Date()): EventEnvelope<T> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source,
    type: `${name}.v1`,
    time: now.toISOString(),
    subject,
    datacontenttype: 'application/json',
    data,
  };
}

/** The contract name of an envelope's type: `EmployeeHired.v1` -> `EmployeeHired`. */
export function eventName(envelope: { type: string }): EventType {
  return envelope.type.replace(/\.v\d+$/, '') as EventType;
}

export class PoisonMessageError extends Error {
  readonly name = 'PoisonMessageError';
}

/** Parses and checks a received message; throws PoisonMessageError when it is not an envelope. */
export function parseEnvelope(raw: string | Buffer): EventEnvelope {
  let v: unknown;
  try {
    v = JSON.parse(raw.toString());
  } catch {
    throw new PoisonMessageError('message is not JSON');
  }
  const e = v as Partial<EventEnvelope>;
  const missing = (['specversion', 'id', 'source', 'type', 'time', 'subject', 'data'] as const).filter((k) => e?.[k] === undefined || e?.[k] === null);
  if (missing.length) throw new PoisonMessageError(`envelope lacks ${missing.join(', ')}`);
  if (e.specversion !== '1.0') throw new PoisonMessageError(`unsupported specversion ${e.specversion}`);
  return e as EventEnvelope;
}
