import { resolve } from 'node:path';
import { z } from 'zod';
import { loadConfig, nodeEnv, port, secret, subgraphEnvShape } from '@samspill/server-config';
import { TOKEN_AUDIENCE_DEFAULT, TOKEN_ISSUER_DEFAULT } from '@samspill/server-auth';
import { SubgraphDefinition, SUBGRAPHS, SubgraphUrlEnv } from './subgraphs';
import { publicReadEnvShape } from './public-read/public-read.config';
import { webAppEnvShape } from './web-app.config';
import { biExportsEnvShape } from './bi-exports/bi-exports.config';
import { costLimitsEnvShape } from './limits/limits.config';
import { rateLimitsEnvShape } from './limits/rate-limits.config';

export const DEV_KEY_PATH_DEFAULT = '.samspill/dev-jwt-key.json';

// Not z.httpUrl(): its hostname rule wants a dot, and compose service names (network-strategy) have none.
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
const limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/**
 * How callers' bearer tokens are verified. Shared with the `token` tool so both agree on the
 * issuer, audience and development key. AUTH_DEV_KEY_PATH has no schema default on purpose:
 * production must be able to tell "set" from "unset" to refuse it.
 */
export const authEnvShape = {
  /** Production key source: the identity provider's JWKS endpoint. */
  AUTH_JWKS_URL: httpUrl.optional(),
  AUTH_ISSUER: z.string().min(1).default(TOKEN_ISSUER_DEFAULT),
  AUTH_AUDIENCE: z.string().min(1).default(TOKEN_AUDIENCE_DEFAULT),
  /** Development key file; defaults to DEV_KEY_PATH_DEFAULT outside production. */
  AUTH_DEV_KEY_PATH: z.string().min(1).optional(),
  /** Longest accepted bearer-token lifetime (exp − iat), in seconds: a leaked token is not valid for ever. */
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(7 * 86400).default(12 * 3600),
  /** Clock difference tolerated between the identity provider and the gateway, in seconds. */
  AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
};

const subgraphUrlShape = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv, httpUrl.default(s.defaultUrl)])) as {
  [K in SubgraphUrlEnv]: z.ZodDefault<typeof httpUrl>;
};

export const gatewayEnv = z
  .object({
    NODE_ENV: nodeEnv,
    LOG_LEVEL: subgraphEnvShape.LOG_LEVEL,
    GATEWAY_PORT: port(4000),
    INTERNAL_AUTH_SECRET: secret('shared secret the gateway signs forwarded identities with'),
    // Resolved against the working directory, which is the repository root for npm scripts and in the image.
    SUPERGRAPH_PATH: z
      .string()
      .min(1)
      .default('apps/gateway/supergraph.graphql')
      .transform((p) => resolve(p)),
    ...subgraphUrlShape,
    ...authEnvShape,
    ...webAppEnvShape,
    MAX_QUERY_DEPTH: limit(12, 100),
    MAX_QUERY_TOKENS: limit(2000, 100000),
    MAX_ALIASES: limit(30, 1000),
    ...costLimitsEnvShape,
    ...rateLimitsEnvShape,
    ...publicReadEnvShape,
    ...biExportsEnvShape,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    // A development key is a file anyone with the repository can mint tokens from.
    if (!env.AUTH_JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'is required when NODE_ENV=production (the development key is refused)' });
    } else if (!env.AUTH_JWKS_URL.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'must be an https:// URL when NODE_ENV=production' });
    }
    if (env.AUTH_DEV_KEY_PATH) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_DEV_KEY_PATH'], message: 'the development key is refused when NODE_ENV=production; use AUTH_JWKS_URL' });
    }
  });

export type GatewayConfig = z.infer<typeof gatewayEnv>;

export const loadGatewayConfig = (env?: Record<string, string | undefined>) => loadConfig(gatewayEnv, env);

/** Subgraph name → URL the gateway calls (override or default). */
export function subgraphUrls(config: GatewayConfig): ReadonlyMap<string, string> {
  return new Map(SUBGRAPHS.map((s) => [s.name, config[s.urlEnv]]));
}

/** Path prefix → origin of the subgraph that serves it (e.g. /export → the benefits service). */
export function subgraphHttpRoutes(config: GatewayConfig): ReadonlyMap<string, string> {
  const routes = new Map<string, string>();
  for (const s of SUBGRAPHS as readonly SubgraphDefinition[]) {
    for (const prefix of s.httpPaths ?? []) routes.set(prefix, new URL(config[s.urlEnv as SubgraphUrlEnv]).origin);
  }
  return routes;
}

/** Where the development signing key lives; null when the JWKS endpoint is the key source. */
export function devKeyPath(config: GatewayConfig): string | null {
  if (config.AUTH_JWKS_URL) return null;
  return resolve(config.AUTH_DEV_KEY_PATH ?? DEV_KEY_PATH_DEFAULT);
}
