import type { Express, RequestHandler } from 'express';
import type { Logger } from '@samspill/server-config';
import { apiKeyAudit, withApiKeys } from '../api-keys/api-key-auth';
import { ApiKeyStore } from '../api-keys/api-key-store';
import type { Authenticator } from '../auth/bearer-authenticator';
import { Admit, routeProxy } from '../route-proxy';
import { biExportRoutes, forwardedExportPath } from './export-routes';

export interface BiExportsDeps {
  /** Subgraph name → the URL the gateway calls for GraphQL (its origin serves the exports). */
  subgraphUrls: ReadonlyMap<string, string>;
  authenticate: Authenticator;
  assignRequestId: RequestHandler;
  internalSecret: string;
  logger: Logger;
  /** Decides, once the caller is known, whether the download may start (the rate limit). */
  admit?: Admit;
}

/**
 * /export/<name>.*: each BI export proxied to the service that owns it, for bearer tokens and for
 * analyst API keys (export-only, read-only, one network; every use recorded).
 */
export async function installBiExports(app: Express, config: { API_KEYS_DATABASE_URL?: string }, deps: BiExportsDeps): Promise<{ stop(): Promise<void> }> {
  const store = config.API_KEYS_DATABASE_URL ? await ApiKeyStore.open(config.API_KEYS_DATABASE_URL) : null;
  const authenticate = withApiKeys(deps.authenticate, store);
  const proxyTo = (subgraph: string) => {
    const url = deps.subgraphUrls.get(subgraph);
    if (!url) throw new Error(`no URL for subgraph ${subgraph} (apps/gateway/src/bi-exports/export-owners.ts)`);
    return routeProxy(new URL(url).origin, authenticate, deps.internalSecret, deps.logger, subgraph, deps.admit, forwardedExportPath);
  };
  app.use(biExportRoutes(proxyTo, [deps.assignRequestId, apiKeyAudit(store, deps.logger)]));
  return { stop: async () => store?.close() };
}
