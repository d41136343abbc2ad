import type { DataSource } from 'typeorm';
import { deadLetterTopicSpec, EVENT_TOPIC_SPECS, TOPICS } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { initialiseDataSource } from '@samspill/server-db';
import { createKafka, ensureTopics, withPrefix, IdempotentConsumer, KafkaEventPublisher, OutboxRelay } from '@samspill/server-events';
import { startSubgraphServer } from '@samspill/server-graphql';
import type { NetworkStrategyConfig } from './config';
import { DB_SCHEMA, OUTBOX, SERVICE_NAME } from './common/outbox';
import { createNetworkStrategyDataSource } from './data-source';
import { createLoaders } from './loaders';
import { buildNetworkStrategySchema } from './schema';
import { TRANCHE_MATRIX_CONSUMER, trancheMatrixHandlers } from './tranche-matrix/tranche-matrix.projection';

export interface RunningService {
  port: number;
  relay: OutboxRelay;
  dataSource: DataSource;
  stop(): Promise<void>;
}

/**
 * Starts the whole service: migrations, topics, outbox relay, event consumers, GraphQL.
 * Stops in reverse order so nothing in flight is lost: no new requests, then consumers
 * finish their message, then the relay finishes its batch.
 */
export async function startNetworkStrategy(config: NetworkStrategyConfig, logger: Logger): Promise<RunningService> {
  const ds = createNetworkStrategyDataSource(config.DATABASE_URL);
  await initialiseDataSource(ds, config.DATABASE_URL, DB_SCHEMA);

  const prefix = config.KAFKA_TOPIC_PREFIX;
  const kafka = createKafka(SERVICE_NAME, config.KAFKA_BROKERS);
  const deadLetters = deadLetterTopicSpec(TRANCHE_MATRIX_CONSUMER);
  await ensureTopics(kafka, withPrefix(prefix, [...EVENT_TOPIC_SPECS, deadLetters]));
  const publisher = new KafkaEventPublisher(kafka);
  const relay = new OutboxRelay(
    ds,
    publisher,
    { databaseUrl: config.DATABASE_URL, channel: OUTBOX.channel, pollMs: config.OUTBOX_POLL_MS, topicPrefix: prefix },
    logger.child({ component: 'outbox-relay' }),
  );
  await relay.start();

  const trancheMatrix = new IdempotentConsumer(
    kafka,
    ds,
    publisher,
    {
      groupId: `${prefix}${TRANCHE_MATRIX_CONSUMER}`,
      topics: [`${prefix}${TOPICS.networkStrategy}`],
      deadLetterTopic: `${prefix}${deadLetters.name}`,
      handlers: trancheMatrixHandlers,
    },
    logger.child({ component: TRANCHE_MATRIX_CONSUMER }),
  );
  await trancheMatrix.start();

  const server = await startSubgraphServer({
    schema: await buildNetworkStrategySchema(ds),
    port: config.NETWORK_STRATEGY_PORT,
    internalAuthSecret: config.INTERNAL_AUTH_SECRET,
    logger,
    readiness: [{ name: 'postgres', check: async () => void (await ds.query('SELECT 1')) }],
    createLoaders: () => createLoaders(ds),
  });
  logger.info({ port: server.port }, 'network-strategy listening');

  return {
    port: server.port,
    relay,
    dataSource: ds,
    async stop() {
      await server.stop();
      await trancheMatrix.stop();
      await relay.stop();
      await publisher.disconnect();
      await ds.destroy();
    },
  };
}
