import { z } from 'zod';
import { loadConfig, port, subgraphEnvShape } from '@samspill/server-config';

export const consultationEnv = z.object({
  ...subgraphEnvShape,
  CONSULTATION_PORT: port(4003),
  /** How often the scheduler looks for consultations due to open or close. */
  CONSULTATION_SCHEDULER_MS: z.coerce.number().int().min(50).max(3_600_000).default(1000),
});

export type ConsultationConfig = z.infer<typeof consultationEnv>;

export const loadConsultationConfig = (env?: Record<string, string | undefined>) => loadConfig(consultationEnv, env);
