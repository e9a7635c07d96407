/**
 * The transport interface: everything the services know about the broker. Kafka and the
 * in-process bus implement it; swapping kafkajs for another client is one new file.
 */
export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string;
  headers?: Record<string, string>;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

export type MessageHandler = (message: IncomingMessage) => Promise<void>;

export interface SubscribeOptions {
  /** Consumer group: each group gets every message once (at least once). */
  group: string;
  topics: string[];
  handler: MessageHandler;
  /** After this many failed attempts a message goes to `<topic>.dlt` and the partition moves on. */
  maxAttempts?: number;
  /**
   * Optional: handles a run of messages of one partition at once (e.g. in one transaction). When
   * it throws, the transport handles those messages one by one with `handler` instead.
   */
  batchHandler?: (messages: IncomingMessage[]) => Promise<void>;
}

export interface Subscription {
  close(): Promise<void>;
}

export interface Transport {
  /** Resolves when every message is durably accepted (Kafka: acks from all in-sync replicas). */
  publish(messages: OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  close(): Promise<void>;
}

/** Headers put on a dead-lettered message. */
export function deadLetterHeaders(message: IncomingMessage, error: unknown, attempts: number): Record<string, string> {
  return {
    ...message.headers,
    'x-dlt-original-topic': message.topic,
    'x-dlt-original-partition': String(message.partition),
    'x-dlt-original-offset': message.offset,
    'x-dlt-error': error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    'x-dlt-attempts': String(attempts),
  };
}
