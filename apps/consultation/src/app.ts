import type { Logger } from '@samspill/server-config';
import { RunningSubgraphService, startSubgraphService } from '@samspill/server-runtime';
import type { ConsultationConfig } from './config';
import { OUTBOX } from './common/outbox';
import { ENTITIES, MIGRATIONS } from './data-source';
import { createLoaders } from './loaders';
import { exportRoute } from '@samspill/server-export';
import { CONSULTATION_EXPORTS } from './export/exports';
import { buildConsultationSchema } from './schema';
import { ConsultationScheduler, SCHEDULER_WORKER } from './consultation/consultation-scheduler.worker';

export type RunningService = RunningSubgraphService;

export function startConsultation(config: ConsultationConfig, logger: Logger): Promise<RunningService> {
  return startSubgraphService(
    {
      outbox: OUTBOX,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      consumers: [],
      buildSchema: buildConsultationSchema,
      createLoaders,
      routes: (ds, log) => [exportRoute(ds, CONSULTATION_EXPORTS, { logger: log.child({ component: 'export' }) })],
      workers: (ds) => [new ConsultationScheduler(ds, config.CONSULTATION_SCHEDULER_MS, logger.child({ component: SCHEDULER_WORKER }))],
    },
    config,
    config.CONSULTATION_PORT,
    logger,
  );
}
