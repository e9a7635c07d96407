import { deadLetterTopic } from './contracts';
import { PoisonMessageError } from './envelope';
import { deadLetterHeaders, type IncomingMessage, type OutgoingMessage, type SubscribeOptions, type Subscription, type Transport } from './transport';

interface Group {
  options: SubscribeOptions & { maxAttempts: number };
  cursors: Map<string, number>;
  running: boolean;
  closed: boolean;
}

/**
 * The embedded transport: one append-only log per topic in memory, consumer groups with a
 * cursor per topic, delivered in order, at least once, with the same retry and dead-letter
 * behaviour as the Kafka transport. Carries events between services of one process (npm start,
 * tests). Nothing survives a restart: the outbox keeps what was not yet published.
 */
export class InProcessTransport implements Transport {
  private readonly logs = new Map<string, IncomingMessage[]>();
  private readonly groups = new Set<Group>();

  constructor(private readonly retryDelayMs = 20) {}

  async publish(messages: OutgoingMessage[]): Promise<void> {
    for (const m of messages) {
      const log = this.log(m.topic);
      log.push({ topic: m.topic, partition: 0, offset: String(log.length), key: m.key, value: m.value, headers: { ...m.headers } });
    }
    for (const g of this.groups) void this.pump(g);
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    const group: Group = {
      options: { maxAttempts: 5, ...options },
      cursors: new Map(options.topics.map((t) => [t, 0])),
      running: false,
      closed: false,
    };
    this.groups.add(group);
    void this.pump(group);
    return {
      close: async () => {
        group.closed = true;
        this.groups.delete(group);
      },
    };
  }

  async close(): Promise<void> {
    for (const g of this.groups) g.closed = true;
    this.groups.clear();
  }

  /** Messages of a topic so far (dead-letter topics included), for tests and diagnostics. */
  messages(topic: string): readonly IncomingMessage[] {
    return this.log(topic);
  }

  /** Resolves when every group has consumed everything published so far. */
  async idle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ([...this.groups].some((g) => g.running || [...g.cursors].some(([t, c]) => c < this.log(t).length))) {
      if (Date.now() > deadline) throw new Error('in-process transport did not drain in time');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  private log(topic: string): IncomingMessage[] {
    let log = this.logs.get(topic);
    if (!log) this.logs.set(topic, (log = []));
    return log;
  }

  private async pump(group: Group): Promise<void> {
    if (group.running) return;
    group.running = true;
    try {
      let progressed = true;
      while (progressed && !group.closed) {
        progressed = false;
        for (const [topic, cursor] of group.cursors) {
          const message = this.log(topic)[cursor];
          if (!message) continue;
          await this.deliver(group, message);
          group.cursors.set(topic, cursor + 1);
          progressed = true;
        }
      }
    } finally {
      group.running = false;
    }
  }

  private async deliver(group: Group, message: IncomingMessage): Promise<void> {
    const { handler, maxAttempts } = group.options;
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(message);
        return;
      } catch (error) {
        if (error instanceof PoisonMessageError || attempt >= maxAttempts) {
          await this.publish([
            { topic: deadLetterTopic(message.topic), key: message.key ?? '', value: message.value, headers: deadLetterHeaders(message, error, attempt) },
          ]);
          return;
        }
        await new Promise((r) => setTimeout(r, this.retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }
}
