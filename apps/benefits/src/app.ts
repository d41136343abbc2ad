import { TOPICS } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { RunningSubgraphService, startSubgraphService } from '@samspill/server-runtime';
import type { BenefitsConfig } from './config';
import { DB_SCHEMA, OUTBOX, SERVICE_NAME } from './common/outbox';
import { ENTITIES, MIGRATIONS } from './data-source';
import { createLoaders } from './loaders';
import { buildBenefitsSchema } from './schema';
import { resetViews, viewHandlers, VIEWS_CONSUMER } from './views/dimension.consumer';
import { startExportServer } from './export/export-server';

export type RunningService = RunningSubgraphService & { exportPort: number };

export async function startBenefits(config: BenefitsConfig, logger: Logger): Promise<RunningService> {
  const service = await startSubgraphService(
    {
      name: SERVICE_NAME,
      dbSchema: DB_SCHEMA,
      outboxChannel: OUTBOX.channel,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      consumers: [{ group: VIEWS_CONSUMER, topics: [TOPICS.networkStrategy, TOPICS.portfolios], handlers: viewHandlers, reset: resetViews }],
      buildSchema: buildBenefitsSchema,
      createLoaders,
    },
    config,
    config.BENEFITS_PORT,
    logger,
  );
  // The subgraph server has no hook for extra routes, so the export listens on a port of its own.
  const exporter = await startExportServer(service.dataSource, {
    port: config.BENEFITS_EXPORT_PORT,
    internalAuthSecret: config.INTERNAL_AUTH_SECRET,
    batchSize: config.BENEFITS_EXPORT_BATCH,
    logger: logger.child({ component: 'export' }),
  });
  logger.info({ port: exporter.port }, 'benefits export listening');
  return {
    ...service,
    exportPort: exporter.port,
    async stop() {
      await exporter.stop();
      await service.stop();
    },
  };
}
