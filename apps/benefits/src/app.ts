import { TOPICS } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { RunningSubgraphService, startSubgraphService } from '@samspill/server-runtime';
import type { BenefitsConfig } from './config';
import { OUTBOX } from './common/outbox';
import { ENTITIES, MIGRATIONS } from './data-source';
import { createLoaders } from './loaders';
import { buildBenefitsSchema } from './schema';
import { resetViews, viewHandlers, VIEWS_CONSUMER } from './views/views.consumer';
import { exportRoute } from '@samspill/server-export';
import { BENEFITS_EXPORTS } from './export/exports';

export type RunningService = RunningSubgraphService;

export function startBenefits(config: BenefitsConfig, logger: Logger): Promise<RunningService> {
  return startSubgraphService(
    {
      outbox: OUTBOX,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      consumers: [{ group: VIEWS_CONSUMER, topics: [TOPICS.networkStrategy, TOPICS.portfolios], handlers: viewHandlers, reset: resetViews }],
      buildSchema: buildBenefitsSchema,
      createLoaders,
      routes: (ds) => [exportRoute(ds, BENEFITS_EXPORTS, { batchSize: config.BENEFITS_EXPORT_BATCH, logger: logger.child({ component: 'export' }) })],
    },
    config,
    config.BENEFITS_PORT,
    logger,
  );
}
