import type { Kafka } from 'kafkajs';

export interface PartitionLag {
  topic: string;
  partition: number;
  /** Messages on the partition the group has not committed yet. */
  lag: number;
}

/**
 * How far a consumer group is behind on each partition of its topics: the partition's high
 * watermark minus the group's committed offset (or minus the low watermark when the group has
 * committed nothing yet, since it will start from the beginning).
 */
export async function fetchConsumerLag(kafka: Kafka, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics });
    const lags: PartitionLag[] = [];
    for (const { topic, partitions } of committed) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p]));
      for (const { partition, offset } of partitions) {
        const end = ends.get(partition);
        if (!end) continue;
        const from = Number(offset) >= 0 ? Number(offset) : Number(end.low);
        lags.push({ topic, partition, lag: Math.max(0, Number(end.high) - from) });
      }
    }
    return lags;
  } finally {
    await admin.disconnect();
  }
}
