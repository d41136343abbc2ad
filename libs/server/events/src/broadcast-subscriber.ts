import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Consumer, Kafka } from 'kafkajs';
import { EventEnvelope, parseEvent } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { Backoff, sleep } from './backoff';

export interface BroadcastSubscriberOptions {
  /** Prefix of the consumer group; a random suffix makes the group this process's own. */
  groupPrefix: string;
  topics: string[];
  onEvent(event: EventEnvelope): void;
  /** A message that is not a known, valid event: the caller cannot tell what it changed. */
  onUnreadable?(): void;
  /** True once every partition is assigned (events from now on reach onEvent), false when that stops holding. */
  onLiveChange(live: boolean): void;
}

/**
 * Every instance sees every event: a consumer group of its own (per process), starting at the
 * latest offsets, no inbox and no dead letters. For in-memory state that is rebuilt on start
 * (a response cache), where a missed event is repaired by the caller dropping its state when
 * the subscription is not live.
 */
export class BroadcastSubscriber {
  private consumer: Consumer | null = null;
  private stopping = false;
  private loop: Promise<void> | null = null;
  readonly groupId: string;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: BroadcastSubscriberOptions,
    private readonly logger: Logger,
  ) {
    this.groupId = `${options.groupPrefix}.${hostname()}.${process.pid}.${randomBytes(3).toString('hex')}`;
  }

  /** Returns at once; joins in the background and keeps retrying while the broker is away. */
  start(): void {
    this.loop = this.keepRunning();
  }

  private async keepRunning(): Promise<void> {
    const backoff = new Backoff(250, 5000);
    while (!this.stopping) {
      try {
        await this.runOnce();
        return;
      } catch (err) {
        this.options.onLiveChange(false);
        this.logger.warn({ err: (err as Error).message, groupId: this.groupId }, 'event subscription failed; retrying');
        await this.consumer?.disconnect().catch(() => undefined);
        this.consumer = null;
        await sleep(backoff.next());
      }
    }
  }

  private async runOnce(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 10000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 100,
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5000, restartOnFailure: async () => !this.stopping },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => this.options.onLiveChange(true));
    // Between a crash and the rejoin events may be missed: the caller must stop trusting its state.
    consumer.on(consumer.events.CRASH, () => this.options.onLiveChange(false));
    consumer.on(consumer.events.DISCONNECT, () => this.options.onLiveChange(false));
    await consumer.connect();
    for (const topic of this.options.topics) await consumer.subscribe({ topic, fromBeginning: false });
    await consumer.run({
      autoCommit: true,
      eachMessage: async ({ message }) => {
        const parsed = parseEvent(message.value);
        if (parsed.ok) this.options.onEvent(parsed.event);
        else this.options.onUnreadable?.();
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = null;
    this.options.onLiveChange(false);
  }
}
