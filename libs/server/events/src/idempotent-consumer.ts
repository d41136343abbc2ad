import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, parseEvent } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { Backoff, sleep } from './backoff';
import type { EventPublisher } from './event-publisher';
import type { EventHandlers } from './event-handlers';

export interface IdempotentConsumerOptions {
  /** Consumer group id; also the consumer's name in the inbox. */
  groupId: string;
  topics: string[];
  /** Where messages go that cannot be parsed or keep failing. */
  deadLetterTopic: string;
  handlers: EventHandlers;
  /** Attempts at applying one event before it is sent to the dead-letter topic. */
  maxAttempts?: number;
}

/**
 * A consumer that applies every event at most once (the event id is recorded in the inbox
 * in the same transaction as the effect) and at least once (offsets are committed only after
 * the transaction committed or the message was dead-lettered). Messages it cannot parse or
 * keep failing on go to the group's dead-letter topic, and consumption carries on.
 */
export class IdempotentConsumer {
  private consumer: Consumer | null = null;
  private stopping = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly deadLetters: EventPublisher,
    private readonly options: IdempotentConsumerOptions,
    private readonly logger: Logger,
  ) {}

  /** Resolves once the group is joined and partitions are assigned. */
  async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 15000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 250,
      // kafkajs restarts a crashed consumer (e.g. after a broker outage) on a timer; once we are
      // stopping, a restart would resurrect a consumer nobody will ever disconnect.
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5000, restartOnFailure: async () => !this.stopping },
    });
    this.consumer = consumer;
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    for (const topic of this.options.topics) await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ autoCommit: true, eachMessage: (payload) => this.handle(payload) });
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
    this.stopping = false;
    await this.start();
  }

  /** Lets the message in flight finish and commits its offset before leaving the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
    this.consumer = null;
  }

  private async handle({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const parsed = parseEvent(message.value);
    if (!parsed.ok) {
      await this.deadLetter(topic, partition, message.offset, message.key, message.value, parsed.reason);
      return;
    }
    const event = parsed.event;
    if (!this.options.handlers.handles(event.type)) return;

    const maxAttempts = this.options.maxAttempts ?? 5;
    const backoff = new Backoff(100, 2000);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.applyOnce(event);
        return;
      } catch (err) {
        const reason = (err as Error).message ?? String(err);
        if (attempt >= maxAttempts) {
          await this.deadLetter(topic, partition, message.offset, message.key, message.value, `handler failed ${attempt} times: ${reason}`);
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
