import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntityManager, EntitySchema, MixedList } from 'typeorm';
import { deadLetterTopicSpec, EVENT_TOPIC_SPECS } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { createServiceDataSource } from '@samspill/server-db';
import {
  BackgroundConsumers,
  createKafka,
  EventHandlers,
  IdempotentConsumer,
  KafkaEventPublisher,
  OutboxRelay,
  ServiceOutbox,
  withPrefix,
} from '@samspill/server-events';
import { idempotencyPlugin, IdempotencyStore, ServiceRoute, startSubgraphServer } from '@samspill/server-graphql';
import { instrumentService } from './service-metrics';
import { waitForDatabase } from './database-ready';
import { postgresCheck, serviceHealth } from './service-health';

export interface ConsumerDefinition {
  /** Consumer group (before the topic prefix); also the inbox's consumer name. */
  group: string;
  /** Topic names (before the topic prefix). */
  topics: string[];
  handlers: EventHandlers;
  /** Clears the consumer's read model, so it can be rebuilt by replaying its topics. */
  reset?: (manager: EntityManager) => Promise<void>;
}

/** A background job of a service (e.g. a scheduler): started once the service serves, stopped before its consumers. */
export interface ServiceWorker {
  name: string;
  start(): void | Promise<void>;
  /** Resolves once the work in flight has finished; the database is still open. */
  stop(): Promise<void>;
}

/** What makes one subgraph service; everything else about running it is shared. */
export interface SubgraphServiceDefinition<TLoaders> {
  /** The service's name, database schema and outbox (see defineOutbox). */
  outbox: ServiceOutbox;
  entities: MixedList<string | Function | EntitySchema>;
  migrations: MixedList<string | Function>;
  consumers: ConsumerDefinition[];
  buildSchema(ds: DataSource): Promise<GraphQLSchema>;
  createLoaders(ds: DataSource): TLoaders;
  /** Background jobs, given the service's database and logger. */
  workers?(ds: DataSource, logger: Logger): ServiceWorker[];
  /** Plain HTTP routes on the service's own port (e.g. exports), behind the gateway identity check. */
  routes?(ds: DataSource, logger: Logger): ServiceRoute[];
}

/** The configuration every subgraph service shares (see subgraphEnvShape). */
export interface SubgraphRuntimeConfig {
  DATABASE_URL: string;
  KAFKA_BROKERS: string[];
  KAFKA_TOPIC_PREFIX: string;
  INTERNAL_AUTH_SECRET: string;
  OUTBOX_POLL_MS: number;
  BIND_HOST: string;
}

export interface RunningSubgraphService {
  port: number;
  dataSource: DataSource;
  relay: OutboxRelay;
  /** Resolves once the topics exist and every consumer joined its group (the HTTP server does not wait for it). */
  consumersJoined: Promise<void>;
  /** Rebuilds one consumer's read model from the start of its topics (see ConsumerDefinition.reset). */
  replay(group: string): Promise<void>;
  /** One of the service's workers, by name (tests stop or drive them). */
  worker(name: string): ServiceWorker;
  stop(): Promise<void>;
}

/**
 * Starts a subgraph service: migrations, outbox relay, GraphQL (and its extra routes), then its
 * workers — and topics and consumers in the background, so the service serves (and accepts
 * writes, whose events wait in the outbox) as soon as its database is ready, broker or not
 * (issue 9). Stops in reverse order so nothing in flight is lost: no new requests, then workers
 * finish their pass, then consumers finish their message and commit, then the relay finishes
 * its batch, then the pool closes.
 */
export async function startSubgraphService<TLoaders>(
  def: SubgraphServiceDefinition<TLoaders>,
  config: SubgraphRuntimeConfig,
  port: number,
  logger: Logger,
): Promise<RunningSubgraphService> {
  const { service: name, dbSchema, target } = def.outbox;
  const ds = createServiceDataSource({ url: config.DATABASE_URL, schema: dbSchema, entities: def.entities, migrations: def.migrations });
  await waitForDatabase(ds, config.DATABASE_URL, dbSchema, logger);

  const prefix = config.KAFKA_TOPIC_PREFIX;
  const kafka = createKafka(name, config.KAFKA_BROKERS, logger.child({ component: 'kafkajs' }));
  const deadLetterSpecs = def.consumers.map((c) => deadLetterTopicSpec(c.group));
  const publisher = new KafkaEventPublisher(kafka);
  const instruments = instrumentService(name, ds, kafka, prefix, def.consumers, publisher);
  const relay = new OutboxRelay(
    ds,
    instruments.relayPublisher,
    { databaseUrl: config.DATABASE_URL, channel: target.channel, pollMs: config.OUTBOX_POLL_MS, topicPrefix: prefix },
    logger.child({ component: 'outbox-relay' }),
  );
  await relay.start();

  const consumers = def.consumers.map(
    (c, i) =>
      new IdempotentConsumer(
        kafka,
        ds,
        instruments.deadLetterPublisher(c.group),
        {
          groupId: `${prefix}${c.group}`,
          topics: c.topics.map((t) => `${prefix}${t}`),
          deadLetterTopic: `${prefix}${deadLetterSpecs[i].name}`,
          handlers: c.handlers,
        },
        logger.child({ component: c.group }),
      ),
  );
  const background = new BackgroundConsumers(
    kafka,
    withPrefix(prefix, [...EVENT_TOPIC_SPECS, ...deadLetterSpecs]),
    consumers,
    logger.child({ component: 'consumers' }),
  );

  const idempotency = new IdempotencyStore(ds);
  // Idempotency keys are promised for at least 24 h; older than 48 h they go, checked hourly.
  const pruner = setInterval(() => void idempotency.prune(48).catch((err: Error) => logger.warn({ err: err.message }, 'idempotency key pruning failed')), 3_600_000);
  pruner.unref();
  const server = await startSubgraphServer({
    schema: await def.buildSchema(ds),
    name: def.outbox.service,
    port,
    host: config.BIND_HOST,
    internalAuthSecret: config.INTERNAL_AUTH_SECRET,
    logger,
    readiness: [{ name: 'postgres', check: postgresCheck(ds) }],
    health: serviceHealth(ds, relay, background),
    createLoaders: () => def.createLoaders(ds),
    routes: def.routes?.(ds, logger),
    plugins: [...instruments.plugins, idempotencyPlugin(idempotency, logger.child({ component: 'idempotency' }))],
    openRoutes: instruments.openRoutes,
  });
  logger.info({ port: server.port }, `${name} listening`);

  const workers = def.workers?.(ds, logger) ?? [];
  for (const w of workers) await w.start();
  let stopped: Promise<void> | undefined;

  return {
    port: server.port,
    dataSource: ds,
    relay,
    consumersJoined: background.joined,
    async replay(group: string) {
      const index = def.consumers.findIndex((c) => c.group === group);
      const reset = def.consumers[index]?.reset;
      if (!reset) throw new Error(`consumer ${group} has no read model to rebuild`);
      await background.whenStarted();
      await consumers[index].replayFromStart(reset);
    },
    worker(workerName: string) {
      const found = workers.find((w) => w.name === workerName);
      if (!found) throw new Error(`${name} has no worker ${workerName}`);
      return found;
    },
    // Idempotent: a test or a supervisor may stop a service that is already stopping.
    stop() {
      stopped ??= (async () => {
        clearInterval(pruner);
        await server.stop();
        await Promise.all(workers.map((w) => w.stop()));
        await background.stop();
        await relay.stop();
        await publisher.disconnect();
        await ds.destroy();
      })();
      return stopped;
    },
  };
}
