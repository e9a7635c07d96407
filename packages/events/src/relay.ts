import type { MikroORM } from '@mikro-orm/core';
import { OutboxMessage } from './outbox';
import { isolatedEm } from './isolated-em';
import type { Transport } from './transport';

export interface RelayOptions {
  batchSize?: number;
  /** Poll interval when idle; `nudge()` wakes the relay at once after a commit. */
  intervalMs?: number;
  /** Upper bound of the exponential backoff after a failed publish. */
  maxBackoffMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Publishes outbox rows in commit order (seq), batch by batch, and stamps them sent. A failed
 * publish is retried with exponential backoff; the rows stay unsent until the transport has
 * acknowledged them, so a broker outage loses nothing (consumers dedupe the rare re-send).
 * One relay per service database: order per aggregate relies on a single publisher.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakeRequested = false;
  private stopped = true;
  private failures = 0;
  private readonly batchSize: number;
  private readonly intervalMs: number;
  private readonly maxBackoffMs: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: Transport,
    private readonly options: RelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.intervalMs = options.intervalMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Asks for a run as soon as possible (after a commit that wrote events). */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.wakeRequested = true;
    else this.schedule(0);
  }

  /** Publishes everything unsent now; resolves with how many rows went out. Throws on failure. */
  async drain(): Promise<number> {
    let total = 0;
    let marking: Promise<void> = Promise.resolve();
    let rows = await this.unsent(0n);
    try {
      while (rows.length) {
        // Read the next batch while this one is on its way, and stamp the previous one sent
        // meanwhile: publishing stays in seq order, stamping only trails it.
        const next = this.unsent(BigInt(rows[rows.length - 1].seq));
        try {
          await this.publish(rows);
        } catch (error) {
          next.catch(() => undefined);
          await this.recordFailure(rows, error);
          throw error;
        }
        const sent = rows;
        marking = marking.then(() => this.markSent(sent));
        total += rows.length;
        rows = await next;
      }
    } finally {
      await marking;
    }
    return total;
  }

  /** Unsent rows: the relay's backlog (exported as a metric). */
  async backlog(): Promise<number> {
    return isolatedEm(this.orm).count(OutboxMessage, { sentAt: null });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }, delayMs);
  }

  private async run(): Promise<void> {
    let delay = this.intervalMs;
    try {
      this.wakeRequested = false;
      await this.drain();
      this.failures = 0;
      if (this.wakeRequested) delay = 0;
    } catch (error) {
      this.failures++;
      delay = Math.min(this.maxBackoffMs, 100 * 2 ** Math.min(this.failures, 10));
      this.options.onError?.(error);
    }
    this.schedule(delay);
  }

  /** Unsent rows after a seq, oldest first, read without entity hydration (the hot path). */
  private async unsent(afterSeq: bigint): Promise<UnsentRow[]> {
    return this.orm.em.getConnection().execute(
      'select seq, event_id, topic, key, type, payload, attempts from outbox_message where sent_at is null and seq > ? order by seq limit ?',
      [afterSeq.toString(), this.batchSize],
    );
  }

  private publish(rows: UnsentRow[]): Promise<void> {
    // The envelope travels whole; a transport maps it to its wire format (Kafka: CloudEvents binary mode).
    return this.transport.publish(rows.map((r) => ({ topic: r.topic, key: r.key, value: r.payload })));
  }

  /** One plain statement (the ORM's criteria processing costs more than the update for a thousand seqs). */
  private async markSent(rows: UnsentRow[]): Promise<void> {
    const sentAt = this.orm.em.getPlatform().processDateProperty(new Date());
    await this.orm.em.getConnection().execute(
      `update outbox_message set sent_at = ? where seq in (${rows.map(() => '?').join(', ')})`,
      [sentAt, ...rows.map((r) => String(r.seq))], 'run',
    );
  }

  private async recordFailure(rows: UnsentRow[], error: unknown): Promise<void> {
    await isolatedEm(this.orm).nativeUpdate(OutboxMessage, { seq: { $in: rows.map((r) => String(r.seq)) } }, {
      attempts: Number(rows[0].attempts) + 1, lastError: String((error as Error)?.message ?? error).slice(0, 2000),
    });
  }
}

interface UnsentRow {
  seq: string | number;
  event_id: string;
  topic: string;
  key: string;
  type: string;
  payload: string;
  attempts: number;
}
