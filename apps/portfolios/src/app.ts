import { TOPICS } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { RunningSubgraphService, startSubgraphService } from '@samspill/server-runtime';
import type { PortfoliosConfig } from './config';
import { OUTBOX } from './common/outbox';
import { ENTITIES, MIGRATIONS } from './data-source';
import { createLoaders } from './loaders';
import { exportRoute } from '@samspill/server-export';
import { PORTFOLIOS_EXPORTS } from './export/exports';
import { buildPortfoliosSchema } from './schema';
import { MEMBERS_CONSUMER, memberHandlers } from './membership/membership.consumer';
import { ADOPTION_CONSUMER, adoptionHandlers } from './adoption/adoption.consumer';

export type RunningService = RunningSubgraphService;

export function startPortfolios(config: PortfoliosConfig, logger: Logger): Promise<RunningService> {
  return startSubgraphService(
    {
      outbox: OUTBOX,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      consumers: [
        { group: MEMBERS_CONSUMER, topics: [TOPICS.networkStrategy], handlers: memberHandlers },
        { group: ADOPTION_CONSUMER, topics: [TOPICS.networkStrategy], handlers: adoptionHandlers },
      ],
      buildSchema: buildPortfoliosSchema,
      createLoaders,
      routes: (ds, log) => [exportRoute(ds, PORTFOLIOS_EXPORTS, { logger: log.child({ component: 'export' }) })],
    },
    config,
    config.PORTFOLIOS_PORT,
    logger,
  );
}
