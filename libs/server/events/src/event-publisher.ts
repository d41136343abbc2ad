import { Kafka, Partitioners, Producer } from 'kafkajs';

export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string | Buffer;
  headers?: Record<string, string>;
}

/** What the outbox relay and the dead-letter path need from a broker. */
export interface EventPublisher {
  publish(messages: OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * An idempotent kafkajs producer that reconnects lazily: after a failure it is thrown
 * away and rebuilt on the next publish, so a broker outage heals by itself.
 */
export class KafkaEventPublisher implements EventPublisher {
  private producer: Producer | null = null;

  constructor(private readonly kafka: Kafka) {}

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connected();
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    try {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, ms]) => ({
          topic,
          messages: ms.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
        })),
      });
    } catch (err) {
      await this.reset();
      throw err;
    }
  }

  async disconnect(): Promise<void> {
    await this.reset();
  }

  private async connected(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // kafkajs 2's default, named so it does not warn about the v1 change on every start.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    try {
      await producer.connect();
    } catch (err) {
      await producer.disconnect().catch(() => undefined);
      throw err;
    }
    this.producer = producer;
    return producer;
  }

  private async reset(): Promise<void> {
    const producer = this.producer;
    this.producer = null;
    await producer?.disconnect().catch(() => undefined);
  }
}
