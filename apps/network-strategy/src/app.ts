import { TOPICS } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { RunningSubgraphService, startSubgraphService } from '@samspill/server-runtime';
import type { NetworkStrategyConfig } from './config';
import { DB_SCHEMA, OUTBOX, SERVICE_NAME } from './common/outbox';
import { ENTITIES, MIGRATIONS } from './data-source';
import { createLoaders } from './loaders';
import { buildNetworkStrategySchema } from './schema';
import { resetTrancheMatrix, TRANCHE_MATRIX_CONSUMER, trancheMatrixHandlers } from './tranche-matrix/tranche-matrix.projection';

export type RunningService = RunningSubgraphService;

export function startNetworkStrategy(config: NetworkStrategyConfig, logger: Logger): Promise<RunningService> {
  return startSubgraphService(
    {
      name: SERVICE_NAME,
      dbSchema: DB_SCHEMA,
      outboxChannel: OUTBOX.channel,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      consumers: [
        {
          group: TRANCHE_MATRIX_CONSUMER,
          topics: [TOPICS.networkStrategy, TOPICS.portfolios],
          handlers: trancheMatrixHandlers,
          reset: resetTrancheMatrix,
        },
      ],
      buildSchema: buildNetworkStrategySchema,
      createLoaders,
    },
    config,
    config.NETWORK_STRATEGY_PORT,
    logger,
  );
}
