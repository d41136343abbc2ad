import type { Logger } from '@samspill/server-config';
import { RunningSubgraphService, startSubgraphService } from '@samspill/server-runtime';
import type { ConsultationConfig } from './config';
import { DB_SCHEMA, OUTBOX, SERVICE_NAME } from './common/outbox';
import { ENTITIES, MIGRATIONS } from './data-source';
import { createLoaders } from './loaders';
import { buildConsultationSchema } from './schema';
import { ConsultationScheduler } from './scheduler/consultation-scheduler';

export type RunningService = RunningSubgraphService & { scheduler: ConsultationScheduler };

/**
 * The shared runtime has no hook for background workers, so the scheduler is started once the
 * service is up and stopped before it, while the pool it needs is still open.
 */
export async function startConsultation(config: ConsultationConfig, logger: Logger): Promise<RunningService> {
  const service = await startSubgraphService(
    {
      name: SERVICE_NAME,
      dbSchema: DB_SCHEMA,
      outboxChannel: OUTBOX.channel,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      consumers: [],
      buildSchema: buildConsultationSchema,
      createLoaders,
    },
    config,
    config.CONSULTATION_PORT,
    logger,
  );
  const scheduler = new ConsultationScheduler(service.dataSource, config.CONSULTATION_SCHEDULER_MS, logger.child({ component: 'scheduler' }));
  scheduler.start();
  return {
    ...service,
    scheduler,
    async stop() {
      await scheduler.stop();
      await service.stop();
    },
  };
}
