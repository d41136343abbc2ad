import { randomUUID } from 'node:crypto';
import { Consumer, Kafka, KafkaMessage, logLevel } from 'kafkajs';

export interface ReadMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

function decode(partition: number, m: KafkaMessage): ReadMessage {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.headers ?? {})) if (v !== undefined) headers[k] = String(v);
  return { partition, offset: m.offset, key: m.key?.toString() ?? null, value: m.value?.toString() ?? null, headers };
}

/**
 * A real consumer in its own throwaway group that reads a topic from the beginning and
 * collects everything, so a test can wait for (and count) the messages it expects.
 */
export class TopicReader {
  readonly messages: ReadMessage[] = [];
  /** A consumer that reconnects after a broker restart may be handed a message again; keep one copy per offset. */
  private readonly seen = new Set<string>();
  private consumer: Consumer | null = null;
  private stopping = false;

  constructor(
    private readonly brokers: string[],
    private readonly topic: string,
  ) {}

  async start(): Promise<this> {
    // Its own client (not server-events'), so server-events' tests can use this reader without a cycle.
    const kafka = new Kafka({ clientId: `test-reader-${randomUUID()}`, brokers: this.brokers, logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}`, maxWaitTimeInMs: 100,
      sessionTimeout: 10000,
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5000, restartOnFailure: async () => !this.stopping },
    });
    this.consumer = consumer;
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const position = `${partition}:${message.offset}`;
        if (this.seen.has(position)) return;
        this.seen.add(position);
        this.messages.push(decode(partition, message));
      },
    });
    await joined;
    return this;
  }

  /** Waits until `predicate` holds for the collected messages, or fails after `timeoutMs`. */
  async waitFor(predicate: (messages: ReadMessage[]) => boolean, timeoutMs = 30000): Promise<ReadMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting on topic ${this.topic} (${this.messages.length} messages read)`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return this.messages;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
  }
}
