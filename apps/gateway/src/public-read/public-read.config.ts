import { z } from 'zod';
import { brokerList, subgraphEnvShape } from '@samspill/server-config';

const seconds = (fallback: number, max: number) => z.coerce.number().int().min(0).max(max).default(fallback);

/** Origins of the demo portal that `npm start` serves; allowed by default outside production. */
export const DEMO_PORTAL_ORIGINS = ['http://localhost:4080', 'http://127.0.0.1:4080'];

const originList = z
  .string()
  .optional()
  .transform((v) => (v === undefined ? undefined : v.split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean)))
  .pipe(z.array(z.url({ protocol: /^https?$/, error: 'each origin must look like https://www.sola.kommune.no' })).optional());

/** The public read path: CORS, trusted documents, HTTP caching and the event-driven response cache. */
export const publicReadEnvShape = {
  /** Comma-separated origins whose pages may read the API (browsers' CORS). Unset: the demo portal outside production, none in production. */
  CORS_ORIGINS: originList,
  /** The trusted documents (persisted operations) registered at build time, id → document. */
  TRUSTED_DOCUMENTS_PATH: z.string().min(1).default('apps/embed/trusted-documents.json'),
  /** Where the built embed bundle lives (served at /embed/…). */
  EMBED_DIST_DIR: z.string().min(1).default('dist/embed'),
  /** Browser / CDN freshness of anonymous trusted reads. */
  PUBLIC_MAX_AGE_S: seconds(5, 86400),
  PUBLIC_STALE_WHILE_REVALIDATE_S: seconds(60, 86400),
  /** Response cache: entries kept, and the longest an entry lives even if no event touches it. */
  PUBLIC_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(10000),
  PUBLIC_CACHE_TTL_S: seconds(300, 86400),
  /** The broker the response cache follows for invalidations. */
  KAFKA_BROKERS: brokerList,
  KAFKA_TOPIC_PREFIX: subgraphEnvShape.KAFKA_TOPIC_PREFIX,
};

export const publicReadEnv = z.object({ ...publicReadEnvShape, NODE_ENV: z.enum(['development', 'test', 'production']) });
export type PublicReadConfig = z.infer<typeof publicReadEnv>;

/** The origins allowed to read: configured, or the demo portal's outside production. */
export function allowedOrigins(config: Pick<PublicReadConfig, 'CORS_ORIGINS' | 'NODE_ENV'>): string[] {
  if (config.CORS_ORIGINS) return config.CORS_ORIGINS;
  return config.NODE_ENV === 'production' ? [] : DEMO_PORTAL_ORIGINS;
}
