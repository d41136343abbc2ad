import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, parseEvent } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { causedByDatabaseOutage } from '@samspill/server-db';
import { Backoff, sleep } from './backoff';
import type { EventPublisher } from './event-publisher';
import { withEventSpan } from './trace-context';
import type { EventHandlers } from './event-handlers';

export interface IdempotentConsumerOptions {
  /** Consumer group id; also the consumer's name in the inbox. */
  groupId: string;
  topics: string[];
  /** Where messages go that cannot be parsed or keep failing. */
  deadLetterTopic: string;
  handlers: EventHandlers;
  /** Failed attempts at applying one event before it is sent to the dead-letter topic (a database outage does not count). */
  maxAttempts?: number;
}

/**
 * A consumer that applies every event at most once (the event id is recorded in the inbox
 * in the same transaction as the effect) and at least once (offsets are committed only after
 * the transaction committed or the message was dead-lettered). Messages it cannot parse or
 * keep failing on go to the group's dead-letter topic, and consumption carries on.
 */
/** Where a consumer is, for /health. */
export type ConsumerState = 'idle' | 'joining' | 'running' | 'crashed' | 'stopped';

export class IdempotentConsumer {
  private consumer: Consumer | null = null;
  private stopping = false;
  state: ConsumerState = 'idle';
  lastError: string | null = null;
  /** Called when kafkajs crashed and will not restart by itself (its cause was not retriable). */
  onAbandoned: (() => void) | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly deadLetters: EventPublisher,
    private readonly options: IdempotentConsumerOptions,
    private readonly logger: Logger,
  ) {}

  get groupId(): string {
    return this.options.groupId;
  }

  /** Resolves once the group is joined and partitions are assigned. */
  async start(): Promise<void> {
    this.stopping = false;
    this.state = 'joining';
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      // Recovery speed (issue 9, measured in tools/fault): a member that vanished (kill -9, broker
      // restart) is dropped after the broker's minimum session timeout (6 s), and a rebalance
      // waits at most 10 s for slow members instead of kafkajs' 60 s.
      sessionTimeout: 6000,
      rebalanceTimeout: 10000,
      heartbeatInterval: 500,
      maxWaitTimeInMs: 250,
      // kafkajs restarts a crashed consumer (e.g. after a broker outage) on a timer; once we are
      // stopping, a restart would resurrect a consumer nobody will ever disconnect. The retry
      // time is capped low so a consumer is back within about a second of the broker.
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 1000, restartOnFailure: async () => !this.stopping },
    });
    this.consumer = consumer;
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    // Events of a consumer this one has since replaced (replay, restart) are ignored.
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (this.consumer !== consumer) return;
      this.state = 'running';
      this.lastError = null;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (this.consumer !== consumer) return;
      this.state = this.stopping ? 'stopped' : 'crashed';
      this.lastError = payload.error.message;
      if (!payload.restart && !this.stopping) this.onAbandoned?.();
    });
    try {
      await consumer.connect();
      for (const topic of this.options.topics) await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({ autoCommit: true, eachMessage: (payload) => this.handle(payload) });
    } catch (err) {
      // Broker unreachable at start: leave nothing half-connected behind; the caller retries.
      this.state = 'crashed';
      this.lastError = (err as Error).message;
      if (this.consumer === consumer) this.consumer = null;
      await consumer.disconnect().catch(() => undefined);
      throw err;
    }
    await joined;
  }

  /**
   * Rebuilds this consumer's read model from scratch: leaves the group, rewinds the group to
   * the start of its topics, clears the model (`reset`) and the group's inbox in one
   * transaction, and rejoins, replaying every event.
   */
  async replayFromStart(reset: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.stop();
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (const topic of this.options.topics) await admin.resetOffsets({ groupId: this.options.groupId, topic, earliest: true });
    } finally {
      await admin.disconnect();
    }
    await this.dataSource.transaction(async (manager) => {
      await reset(manager);
      await manager.query(`DELETE FROM inbox WHERE consumer = $1`, [this.options.groupId]);
    });
    await this.start();
  }

  /** Lets the message in flight finish and commits its offset before leaving the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    const consumer = this.consumer;
    this.consumer = null;
    await consumer?.disconnect().catch(() => undefined);
    this.state = 'stopped';
  }

  private async handle({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const parsed = parseEvent(message.value);
    if (!parsed.ok) {
      await this.deadLetter(topic, partition, message.offset, message.key, message.value, parsed.reason);
      return;
    }
    const event = parsed.event;
    if (!this.options.handlers.handles(event.type)) return;

    const maxAttempts = this.options.maxAttempts ?? 5;
    const backoff = new Backoff(100, 2000);
    for (let attempt = 1, failures = 0; ; attempt++) {
      try {
        await withEventSpan(this.options.groupId, topic, event, () => this.applyOnce(event));
        return;
      } catch (err) {
        const reason = (err as Error).message ?? String(err);
        // A database outage is not the event's fault: wait it out (issue 9; found by the fault
        // suite, where a PostgreSQL restart sent good events to the dead-letter topic). Stopping
        // instead leaves the offset uncommitted, so the event comes again.
        if (causedByDatabaseOutage(err)) {
          if (this.stopping) throw err;
          this.logger.warn({ eventId: event.id, type: event.type, attempt, err: reason }, 'database unavailable; retrying the event until it is back');
          await sleep(backoff.next());
          // Stay in the group while waiting (a rebalance would only hand the event to another member that waits too).
          await heartbeat().catch(() => undefined);
          continue;
        }
        failures += 1;
        if (failures >= maxAttempts) {
          await this.deadLetter(topic, partition, message.offset, message.key, message.value, `handler failed ${failures} times: ${reason}`);
          return;
        }
        this.logger.warn({ eventId: event.id, type: event.type, attempt, err: reason }, 'event handler failed; retrying');
        await sleep(backoff.next());
      }
    }
  }

  private async applyOnce(event: EventEnvelope): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox (consumer, event_id, event_type) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, event.id, event.type],
      );
      if (inserted.length === 0) {
        this.logger.debug({ eventId: event.id }, 'duplicate event ignored');
        return;
      }
      await this.options.handlers.apply(event, manager);
    });
  }

  /** Throws if the dead-letter topic cannot be written, so the offset is not committed. */
  private async deadLetter(
    topic: string,
    partition: number,
    offset: string,
    key: Buffer | null,
    value: Buffer | null,
    reason: string,
  ): Promise<void> {
    this.logger.error({ topic, partition, offset, reason }, 'message sent to dead-letter topic');
    await this.deadLetters.publish([
      {
        topic: this.options.deadLetterTopic,
        key: key?.toString() ?? `${topic}:${partition}:${offset}`,
        value: value ?? Buffer.alloc(0),
        headers: {
          'dlq-reason': reason.slice(0, 1000),
          'dlq-source-topic': topic,
          'dlq-source-partition': String(partition),
          'dlq-source-offset': offset,
          'dlq-consumer-group': this.options.groupId,
        },
      },
    ]);
  }
}
