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
  /** Called with the number of rows after each batch the transport acknowledged (for /metrics: events relayed by this replica). */
  onPublished?: (count: number) => void;
  /**
   * PostgreSQL: publish only while holding the database's relay lock (default true), so that any
   * number of replicas may run a relay on one database. Ignored on SQLite (one process).
   */
  leaderElection?: boolean;
}

/** First key of the relay's advisory lock (`pg_try_advisory_xact_lock(int, int)`); the second is the schema's hash. */
export const RELAY_LOCK_CLASS = 0x0b9e1a7;

/** The part of knex the lock needs (MikroORM's SQL connections expose `getKnex()`). */
interface LockClient {
  transaction(): Promise<{
    raw(sql: string, bindings: unknown[]): Promise<{ rows: Array<{ locked: boolean }> }>;
    commit(): Promise<unknown>;
    rollback(): Promise<unknown>;
  }>;
}

/** A held leadership: released by ending the transaction that took the lock. */
interface Leadership {
  release(): Promise<void>;
}

/**
 * Publishes outbox rows in commit order (seq), batch by batch, and stamps them sent. A failed
 * publish is retried with exponential backoff; the rows stay unsent until the transport has
 * acknowledged them, so a broker outage loses nothing (consumers dedupe the rare re-send).
 *
 * Replicas: on PostgreSQL each run first tries a transaction-level advisory lock
 * (`pg_try_advisory_xact_lock`, keyed by the schema) on a connection of its own and publishes only
 * while it holds it; the lock goes with that transaction, so it is released when the run ends, and
 * by the server when the replica's connection dies (a crashed or partitioned pod). Replicas that
 * do not get it publish nothing in that run and try again after `intervalMs`. One publisher at a
 * time reads from the oldest unsent row, so order per aggregate id (the Kafka key) is the commit
 * order whichever replica publishes. A replica that dies after publishing but before stamping
 * leaves those rows unsent: the next leader publishes them again, and the consumers' inbox drops
 * the repeats (at least once). SQLite is one process: no lock there.
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

  /**
   * Publishes everything unsent now; resolves with how many rows went out (0 when another replica
   * holds the relay lock and publishes them). Throws on failure.
   */
  async drain(): Promise<number> {
    const leadership = await this.lead();
    if (!leadership) return 0;
    try {
      return await this.drainAsLeader();
    } finally {
      await leadership.release();
    }
  }

  /** Whether this relay may publish now: on PostgreSQL the relay lock, taken on a connection of its own. */
  private async lead(): Promise<Leadership | null> {
    if (this.options.leaderElection === false || this.orm.em.getPlatform().constructor.name !== 'PostgreSqlPlatform') {
      return { release: async () => undefined };
    }
    const knex = (this.orm.em.getConnection() as unknown as { getKnex(): LockClient }).getKnex();
    const trx = await knex.transaction();
    try {
      const result = await trx.raw('select pg_try_advisory_xact_lock(?, hashtext(current_schema())) as locked', [RELAY_LOCK_CLASS]);
      if (result.rows[0]?.locked === true) {
        // Ending the transaction releases the lock; if its connection is already gone, so is the lock.
        return {
          release: () =>
            trx.commit().then(
              () => undefined,
              () => undefined,
            ),
        };
      }
    } catch (error) {
      await trx.rollback().catch(() => undefined);
      throw error;
    }
    await trx.rollback().catch(() => undefined);
    return null;
  }

  private async drainAsLeader(): Promise<number> {
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
        this.options.onPublished?.(rows.length);
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
    return this.orm.em
      .getConnection()
      .execute('select seq, event_id, topic, key, type, payload, attempts from outbox_message where sent_at is null and seq > ? order by seq limit ?', [
        afterSeq.toString(),
        this.batchSize,
      ]);
  }

  private publish(rows: UnsentRow[]): Promise<void> {
    // The envelope travels whole; a transport maps it to its wire format (Kafka: CloudEvents binary mode).
    return this.transport.publish(rows.map((r) => ({ topic: r.topic, key: r.key, value: r.payload })));
  }

  /** One plain statement (the ORM's criteria processing costs more than the update for a thousand seqs). */
  private async markSent(rows: UnsentRow[]): Promise<void> {
    const sentAt = this.orm.em.getPlatform().processDateProperty(new Date());
    await this.orm.em
      .getConnection()
      .execute(`update outbox_message set sent_at = ? where seq in (${rows.map(() => '?').join(', ')})`, [sentAt, ...rows.map((r) => String(r.seq))], 'run');
  }

  private async recordFailure(rows: UnsentRow[], error: unknown): Promise<void> {
    await isolatedEm(this.orm).nativeUpdate(
      OutboxMessage,
      { seq: { $in: rows.map((r) => String(r.seq)) } },
      {
        attempts: Number(rows[0].attempts) + 1,
        lastError: String((error as Error)?.message ?? error).slice(0, 2000),
      },
    );
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
