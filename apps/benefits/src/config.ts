import { z } from 'zod';
import { loadConfig, port, subgraphEnvShape } from '@samspill/server-config';

export const benefitsEnv = z.object({
  ...subgraphEnvShape,
  /** GraphQL and the BI export (GET /export/benefit-facts.csv|.json, proxied by the gateway). */
  BENEFITS_PORT: port(4004),
  /** Rows per FETCH from the export's server-side cursor: bounds the memory one export holds. */
  BENEFITS_EXPORT_BATCH: z.coerce.number().int().min(100).max(50000).default(2000),
});

export type BenefitsConfig = z.infer<typeof benefitsEnv>;

export const loadBenefitsConfig = (env?: Record<string, string | undefined>) => loadConfig(benefitsEnv, env);
