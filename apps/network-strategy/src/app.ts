import { TOPICS } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { RunningSubgraphService, startSubgraphService } from '@samspill/server-runtime';
import type { NetworkStrategyConfig } from './config';
import { OUTBOX } from './common/outbox';
import { ENTITIES, MIGRATIONS } from './data-source';
import { createLoaders } from './loaders';
import { exportRoute } from '@samspill/server-export';
import { NETWORK_STRATEGY_EXPORTS } from './export/exports';
import { STRATEGY_CONSULTATIONS_CONSUMER, strategyConsultationHandlers } from './strategy/strategy-consultation.consumer';
import { GOAL_PROGRESS_CONSUMER, goalProgressHandlers } from './goal/goal-progress.consumer';
import { buildNetworkStrategySchema } from './schema';
import { resetTrancheMatrix, TRANCHE_MATRIX_CONSUMER, trancheMatrixHandlers } from './tranche-matrix/tranche-matrix.projection';

export type RunningService = RunningSubgraphService;

export function startNetworkStrategy(config: NetworkStrategyConfig, logger: Logger): Promise<RunningService> {
  return startSubgraphService(
    {
      outbox: OUTBOX,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      consumers: [
        {
          group: TRANCHE_MATRIX_CONSUMER,
          topics: [TOPICS.networkStrategy, TOPICS.portfolios, TOPICS.consultation, TOPICS.benefits],
          handlers: trancheMatrixHandlers,
          reset: resetTrancheMatrix,
        },
        { group: STRATEGY_CONSULTATIONS_CONSUMER, topics: [TOPICS.consultation], handlers: strategyConsultationHandlers },
        { group: GOAL_PROGRESS_CONSUMER, topics: [TOPICS.benefits], handlers: goalProgressHandlers },
      ],
      buildSchema: buildNetworkStrategySchema,
      createLoaders,
      routes: (ds, log) => [exportRoute(ds, NETWORK_STRATEGY_EXPORTS, { logger: log.child({ component: 'export' }) })],
    },
    config,
    config.NETWORK_STRATEGY_PORT,
    logger,
  );
}
