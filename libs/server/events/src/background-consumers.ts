import type { Kafka } from 'kafkajs';
import type { TopicSpec } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { Backoff, sleep } from './backoff';
import type { IdempotentConsumer } from './idempotent-consumer';
import { ensureTopics } from './kafka-client';
import { rootCauseMessage } from './publish-failure';

export interface ConsumerHealth {
  group: string;
  state: string;
  lastError: string | null;
}

/**
 * Brings a service's topics and consumer groups up in the background, so the HTTP server
 * never waits for the broker (issue 9): topics are created and consumers join whenever the
 * broker is reachable, retrying for ever with capped backoff. kafkajs restarts a crashed
 * consumer by itself when the cause is retriable; when it gives up, the consumer is started
 * again from here.
 */
export class BackgroundConsumers {
  private stopping = false;
  private topicsReady = false;
  private topicsError: string | null = null;
  private readonly starting: Promise<void>;
  /** Resolves once the topics exist and every consumer has joined its group once. */
  readonly joined: Promise<void>;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: TopicSpec[],
    private readonly consumers: IdempotentConsumer[],
    private readonly logger: Logger,
  ) {
    for (const c of consumers) c.onAbandoned = () => void this.restart(c);
    this.starting = this.run();
    this.joined = this.starting;
  }

  health(): { topics: 'ready' | 'pending'; topicsError: string | null; consumers: ConsumerHealth[] } {
    return {
      topics: this.topicsReady ? 'ready' : 'pending',
      topicsError: this.topicsError,
      consumers: this.consumers.map((c) => ({ group: c.groupId, state: c.state, lastError: c.lastError })),
    };
  }

  /** Waits for a start in progress (so a replay does not race it), then stops every consumer. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.consumers.map((c) => c.stop()));
  }

  /** For replays: the consumer must have joined before it is stopped, rewound and restarted. */
  async whenStarted(): Promise<void> {
    await this.starting;
  }

  private async run(): Promise<void> {
    await this.retry('topics', async () => {
      await ensureTopics(this.kafka, this.topics);
      this.topicsReady = true;
      this.topicsError = null;
    }, (err) => (this.topicsError = rootCauseMessage(err)));
    await Promise.all(this.consumers.map((c) => this.retry(`consumer ${c.groupId}`, () => c.start())));
  }

  private async restart(consumer: IdempotentConsumer): Promise<void> {
    this.logger.warn({ group: consumer.groupId }, 'kafkajs gave up on a consumer; starting it again');
    await consumer.stop();
    if (this.stopping) return;
    await this.retry(`consumer ${consumer.groupId}`, () => consumer.start());
  }

  private async retry(what: string, attempt: () => Promise<void>, onError?: (err: unknown) => void): Promise<void> {
    const backoff = new Backoff(250, 5000);
    for (let failures = 0; !this.stopping; failures++) {
      try {
        await attempt();
        if (failures > 0) this.logger.info({ what, failures }, 'broker reachable again');
        return;
      } catch (err) {
        onError?.(err);
        if (this.stopping) return;
        if (failures % 10 === 0) this.logger.warn({ what, err: rootCauseMessage(err), failures: failures + 1 }, 'broker not reachable; retrying in the background');
        await sleep(backoff.next());
      }
    }
  }
}
