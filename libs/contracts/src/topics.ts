/** One topic per publishing service; messages are keyed by aggregate id so per-aggregate order holds. */
export const TOPICS = {
  networkStrategy: 'samspill.network-strategy.events',
  portfolios: 'samspill.portfolios.events',
  consultation: 'samspill.consultation.events',
  benefits: 'samspill.benefits.events',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/** Dead-letter topic for one consumer group: messages it could not parse or keep failing on. */
export function deadLetterTopic(consumerGroup: string): string {
  return `samspill.dlq.${consumerGroup}`;
}

export interface TopicSpec {
  name: string;
  partitions: number;
  config: Record<string, string>;
}

/** Topics are created explicitly with these settings; the broker never auto-creates them. */
export const EVENT_TOPIC_SPECS: TopicSpec[] = Object.values(TOPICS).map((name) => ({
  name,
  partitions: 3,
  // Events are the source for rebuildable read models: keep them, never compact them away.
  config: { 'retention.ms': '-1', 'cleanup.policy': 'delete' },
}));

export function deadLetterTopicSpec(consumerGroup: string): TopicSpec {
  return {
    name: deadLetterTopic(consumerGroup),
    partitions: 1,
    config: { 'retention.ms': String(30 * 24 * 3600 * 1000), 'cleanup.policy': 'delete' },
  };
}
