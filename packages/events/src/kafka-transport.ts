import { Kafka, logLevel, type Consumer, type ICustomPartitioner, type KafkaMessage, type Producer, type IHeaders } from 'kafkajs';
import { deadLetterTopic } from './contracts';
import { PoisonMessageError } from './envelope';
import { deadLetterHeaders, type IncomingMessage, type OutgoingMessage, type SubscribeOptions, type Subscription, type Transport } from './transport';

/** How often a consumer tells the group it is alive (kafkajs sends at most one beat per interval). */
const HEARTBEAT_MS = 1_000;

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Called with consumer lag per topic-partition after each batch (for /metrics). */
  onLag?: (topic: string, partition: number, lag: number) => void;
  /** Messages handed to a batch handler (one transaction) at once; default 500. */
  batchSize?: number;
  /** Offsets are committed after at least this many handled messages and at a batch's end; default 100. */
  commitEvery?: number;
  /** Partitions handled at the same time (each still in order); >1 needs a database with concurrent transactions. */
  partitionsConcurrently?: number;
  /**
   * Retries of a failing consumer request before kafkajs gives up and restarts the consumer; default
   * 5 (about 10 s of backoff). Bounded on purpose: kafkajs' offset manager keeps the group
   * coordinator it found at join time and, when that broker dies, only reconnects to the same node
   * (it asks for the coordinator again on NOT_COORDINATOR, which a dead broker never answers), so a
   * commit retried without limit waits for that broker to come back. A restart rejoins the group and
   * finds the new coordinator.
   */
  consumerRetries?: number;
  /** Delay before a consumer that crashed for good (kafkajs did not restart it) is created anew; doubles up to 30 s. Default 1,000 ms. */
  recreateDelayMs?: number;
  /** Base delay between attempts at a failing message; doubles each time. */
  retryDelayMs?: number;
  log?: (level: 'error' | 'warn' | 'info', message: string, extra?: object) => void;
}

/**
 * The Kafka transport (kafkajs, kept behind the Transport interface so a client swap is this file).
 * Producer: acks from all in-sync replicas, idempotent, one request in flight, no topic auto-creation; messages keyed by
 * aggregate id, so one aggregate's events stay in order on one partition.
 * Consumer: hands a partition's messages to the batch handler `batchSize` at a time (inbox rows +
 * effects, one DB transaction), one by one to the handler when a batch fails, and commits an
 * offset only after the transactions up to it have committed; a message failing `maxAttempts`
 * times, or not an envelope, goes to `<topic>.dlt` (as received, with the error in headers) and the
 * partition moves on.
 * On the wire, events follow the CloudEvents Kafka protocol binding in binary content mode (see
 * `toKafkaMessage`): other clients and CloudEvents SDKs read them without knowing our envelope.
 */
export class KafkaTransport implements Transport {
  private readonly kafka: Kafka;
  private producer: Producer | null = null;
  private producing: Promise<Producer> | null = null;
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly options: KafkaTransportOptions) {
    const log = options.log;
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 10 },
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ level, log: entry }) => {
          const { message, ...extra } = entry;
          log?.(level <= logLevel.ERROR ? 'error' : level <= logLevel.WARN ? 'warn' : 'info', `kafka: ${message}`, extra);
        },
    });
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (!messages.length) return;
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic);
      if (list) list.push(m);
      else byTopic.set(m.topic, [m]);
    }
    try {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, ms]) => ({ topic, messages: ms.map((m) => RECEIVED.get(m) ?? toKafkaMessage(m)) })),
      });
    } catch (error) {
      // A send that failed after the producer's own retries (e.g. across a leader change) may leave
      // kafkajs' idempotent producer with sequence numbers the brokers no longer accept: the next
      // publish (the relay retries from the oldest unsent row) gets a new producer, with a new
      // producer id. Anything re-sent is dropped by the consumers' inbox.
      if (this.producer === producer) {
        this.producer = null;
        this.producing = null;
        await producer.disconnect().catch(() => undefined);
      }
      throw error;
    }
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    let closed = false;
    let current: Consumer | null = null;
    let recreating: NodeJS.Timeout | null = null;
    let failures = 0;
    const start = async (): Promise<void> => {
      const consumer = this.consumer(options);
      current = consumer;
      // kafkajs restarts a consumer after a retriable crash (its retries ran out); after any other
      // crash it leaves it stopped for good. Such a consumer is replaced by a new one (rejoining the
      // group from the committed offsets), with a growing delay, until the subscription is closed.
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (payload.restart || closed) return;
        const delay = Math.min(30_000, (this.options.recreateDelayMs ?? 1_000) * 2 ** Math.min(failures++, 5));
        this.options.log?.('warn', `kafka consumer of ${options.group} crashed (${String(payload.error)}); a new one in ${delay} ms`);
        this.consumers.delete(consumer);
        const again = (ms: number) => {
          recreating = setTimeout(() => {
            recreating = null;
            void consumer
              .disconnect()
              .catch(() => undefined)
              .then(() => (closed ? undefined : start()))
              .catch((error: unknown) => {
                this.options.log?.('error', `kafka consumer of ${options.group} could not be created again; next try in 30 s`, { error: String(error) });
                if (!closed) again(30_000);
              });
          }, ms);
        };
        again(delay);
      });
      consumer.on(consumer.events.GROUP_JOIN, () => {
        failures = 0;
      });
      try {
        await consumer.connect();
        await consumer.subscribe({ topics: options.topics, fromBeginning: true });
        this.consumers.add(consumer);
        await this.run(consumer, options);
      } catch (error) {
        this.consumers.delete(consumer);
        await consumer.disconnect().catch(() => undefined);
        throw error;
      }
    };
    await start();
    return {
      close: async () => {
        closed = true;
        if (recreating) clearTimeout(recreating);
        if (current) {
          this.consumers.delete(current);
          await current.disconnect();
        }
      },
    };
  }

  private consumer(options: SubscribeOptions): Consumer {
    return this.kafka.consumer({
      groupId: options.group,
      allowAutoTopicCreation: false,
      // A crashed consumer's partitions go to its successor after at most this long.
      sessionTimeout: 10_000,
      heartbeatInterval: HEARTBEAT_MS,
      retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: this.options.consumerRetries ?? 5 },
    });
  }

  private async run(consumer: Consumer, options: SubscribeOptions): Promise<void> {
    const maxAttempts = options.maxAttempts ?? 5;
    const chunkSize = this.options.batchSize ?? 500;
    const commitEvery = this.options.commitEvery ?? 100;
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: this.options.partitionsConcurrently ?? 1,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        // Offsets are committed only for messages whose handler transaction has committed:
        // every `commitEvery` messages and at the end of the batch. A crash in between
        // redelivers a few messages, which the inbox turns into no-ops.
        let next: string | null = null;
        let uncommitted = 0;
        const commit = async () => {
          if (next === null) return;
          await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
          next = null;
          uncommitted = 0;
        };
        for (let i = 0; i < batch.messages.length && isRunning() && !isStale(); i += chunkSize) {
          const chunk = batch.messages.slice(i, i + chunkSize);
          const incoming = chunk.map((m) => fromKafkaMessage(batch.topic, batch.partition, m));
          // Heartbeats while a chunk is applied: a long one (hundreds of archive filings, in a
          // process scheduled below the graph's) would otherwise outlast the session and be
          // evicted part-way, its work redone by another member. A failed beat (a rebalance) is
          // left to the beat after the chunk, which kafkajs acts on.
          const beating = setInterval(() => void heartbeat().catch(() => undefined), HEARTBEAT_MS);
          try {
            if (!(await this.tryBatch(options, incoming))) {
              for (const message of incoming) await this.deliver(options, message, maxAttempts, heartbeat);
            }
          } finally {
            clearInterval(beating);
          }
          const last = chunk[chunk.length - 1].offset;
          resolveOffset(last);
          next = (BigInt(last) + 1n).toString();
          uncommitted += chunk.length;
          if (uncommitted >= commitEvery) await commit();
          await heartbeat();
        }
        await commit();
        this.options.onLag?.(batch.topic, batch.partition, Number(batch.offsetLag()));
      },
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    if (this.producer) await this.producer.disconnect();
    this.producer = null;
    this.producing = null;
  }

  /** True when the batch handler took the whole chunk; false: deliver one by one. */
  private async tryBatch(options: SubscribeOptions, messages: IncomingMessage[]): Promise<boolean> {
    if (!options.batchHandler || messages.length < 2) return false;
    try {
      await options.batchHandler(messages);
      return true;
    } catch (error) {
      this.options.log?.('info', `batch of ${messages.length} failed, retrying one by one`, { error: String(error) });
      return false;
    }
  }

  private async deliver(options: SubscribeOptions, message: IncomingMessage, maxAttempts: number, heartbeat: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await options.handler(message);
        return;
      } catch (error) {
        if (error instanceof PoisonMessageError || attempt >= maxAttempts) {
          this.options.log?.('warn', `dead-lettering ${message.topic}/${message.partition}@${message.offset} after ${attempt} attempt(s)`, {
            error: String(error),
          });
          const headers = deadLetterHeaders(message, error, attempt);
          const dead: OutgoingMessage = { topic: deadLetterTopic(message.topic), key: message.key ?? '', value: message.value, headers };
          // The message as it arrived (its value and CloudEvents headers), plus the error headers.
          const raw = RECEIVED.get(message);
          if (raw) RECEIVED.set(dead, { key: dead.key, value: raw.value, headers });
          await this.publish([dead]);
          return;
        }
        await heartbeat();
        await new Promise((r) => setTimeout(r, (this.options.retryDelayMs ?? 100) * 2 ** (attempt - 1)));
      }
    }
  }

  private connectedProducer(): Promise<Producer> {
    if (this.producer) return Promise.resolve(this.producer);
    this.producing ??= (async () => {
      // One request in flight keeps a partition's order across retries; idempotence (producer id
      // and sequence numbers) lets the brokers drop a retried batch they already wrote, e.g. after a
      // leader change on a replicated cluster; a re-send by the relay itself is absorbed by the inbox.
      const producer = this.kafka.producer({
        allowAutoTopicCreation: false,
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: keyHashPartitioner,
        retry: { initialRetryTime: 100, retries: 5 },
      });
      await producer.connect();
      this.producer = producer;
      return producer;
    })().catch((e) => {
      this.producing = null;
      throw e;
    });
    return this.producing;
  }
}

/** A Kafka message as kafkajs sends it. */
export interface KafkaRecord {
  key: string;
  value: string | Buffer | null;
  headers: Record<string, string>;
}

/** Consumed messages as they arrived (for the dead-letter topic), by the IncomingMessage made of them. */
const RECEIVED = new WeakMap<IncomingMessage | OutgoingMessage, KafkaRecord>();

/** Envelope attributes carried in headers other than `ce_<name>`: the binding maps datacontenttype to `content-type`. */
const CONTENT_TYPE = 'content-type';

/**
 * An outgoing event as a Kafka message in the CloudEvents Kafka protocol binding, binary content
 * mode: each context attribute in a `ce_<attribute>` header (`ce_specversion`, `ce_id`,
 * `ce_source`, `ce_type`, `ce_time`, `ce_subject`), `datacontenttype` as `content-type`, the
 * event's data alone as the value; the key is the subject (the aggregate id). A value that is not an
 * envelope is sent as it is.
 */
export function toKafkaMessage(m: OutgoingMessage): KafkaRecord {
  let envelope: Record<string, unknown> | null = null;
  try {
    const v = JSON.parse(m.value) as Record<string, unknown> | null;
    if (v && typeof v === 'object' && v.specversion && v.id && v.type && 'data' in v) envelope = v;
  } catch {
    // not JSON: sent as it is
  }
  if (!envelope) return { key: m.key, value: m.value, headers: { ...m.headers } };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.headers ?? {})) if (!k.startsWith('ce_') && k !== CONTENT_TYPE) headers[k] = v;
  for (const [k, v] of Object.entries(envelope)) {
    if (k !== 'data' && k !== 'datacontenttype' && v !== null && v !== undefined) headers[`ce_${k}`] = String(v);
  }
  const contentType = typeof envelope.datacontenttype === 'string' ? envelope.datacontenttype : 'application/json';
  headers[CONTENT_TYPE] = contentType;
  const data = envelope.data;
  return { key: m.key, value: /json/.test(contentType) || typeof data !== 'string' ? JSON.stringify(data) : data, headers };
}

/**
 * A consumed Kafka message as the transport hands it on: a binary-mode CloudEvent (it has a
 * `ce_specversion` header) becomes the envelope JSON the consumers parse (`parseEnvelope`), its
 * data spliced in unparsed; any other message (structured mode, or not an event at all) is passed
 * as it came, and the consumer decides.
 */
export function fromKafkaMessage(topic: string, partition: number, m: Pick<KafkaMessage, 'key' | 'value' | 'headers' | 'offset'>): IncomingMessage {
  const headers = headersOf(m.headers);
  const raw = m.value?.toString() ?? '';
  let value = raw;
  if (headers.ce_specversion !== undefined) {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) if (k.startsWith('ce_')) attributes[k.slice(3)] = v;
    const contentType = headers[CONTENT_TYPE] ?? 'application/json';
    attributes.datacontenttype = contentType;
    const data = !raw ? 'null' : /json/.test(contentType) ? raw : JSON.stringify(raw);
    value = `${JSON.stringify(attributes).slice(0, -1)},"data":${data}}`;
  }
  const incoming: IncomingMessage = { topic, partition, offset: m.offset, key: m.key?.toString() ?? null, value, headers };
  RECEIVED.set(incoming, { key: incoming.key ?? '', value: m.value ?? null, headers });
  return incoming;
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.map(String).join(',') : v.toString();
  }
  return out;
}

/**
 * Kafka's default partitioning (as the Java client and kafkajs' DefaultPartitioner): a keyed
 * message goes to murmur2(key) mod partitions, so one aggregate stays on one partition whatever
 * client produced it; one without a key round-robin. kafkajs computes murmur2 with 64-bit Long
 * objects, an eighth of the relay's time; `murmur2` below gives the same hash with 32-bit integer
 * arithmetic.
 */
export const keyHashPartitioner: ICustomPartitioner = () => {
  let next = 0;
  return ({ partitionMetadata, message }) => {
    if (message.partition !== null && message.partition !== undefined) return message.partition;
    if (message.key !== null && message.key !== undefined) {
      return (murmur2(Buffer.isBuffer(message.key) ? message.key : Buffer.from(String(message.key))) & 0x7fffffff) % partitionMetadata.length;
    }
    const available = partitionMetadata.filter((p) => p.leader >= 0);
    return available.length ? available[next++ % available.length].partitionId : next++ % partitionMetadata.length;
  };
};

/** Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2), as a signed 32-bit integer. */
export function murmur2(data: Buffer): number {
  const m = 0x5bd1e995;
  const length = data.length;
  let h = 0x9747b28c ^ length;
  const whole = length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let k = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  switch (length & 3) {
    case 3:
      h ^= data[whole + 2] << 16;
    // falls through
    case 2:
      h ^= data[whole + 1] << 8;
    // falls through
    case 1:
      h ^= data[whole];
      h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}
