import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { RequestHandler } from 'express';
import { type Logger, runWithRequestId } from '@samspill/server-config';
import { REQUEST_ID_HEADER } from '@samspill/server-auth';
import { closeServer, createHttpApp, jsonErrorHandler, listen } from '@samspill/server-graphql';
import { createServiceMetrics, graphqlMetricsPlugin, metricsHandler } from '@samspill/server-metrics';
import { createAuthenticator, createGatewayVerifier } from './auth/bearer-authenticator';
import { GatewayConfig, subgraphHttpRoutes, subgraphUrls } from './config';
import type { GatewayContext } from './gateway-context';
import { formatGatewayError } from './gateway-errors';
import { serviceUnavailableStatusPlugin } from './subgraph-unavailable';
import { graphqlOverHttpStatus } from './graphql-over-http.plugin';

import { IdentityForwardingDataSource } from './identity-forwarding.data-source';
import { maxTokensMiddleware, queryLimitRules } from './query-limits';
import { subgraphReadiness } from './readiness';
import { routeProxy, subgraphServing } from './route-proxy';
import { installBiExports } from './bi-exports/install-bi-exports';
import { requestIdFrom } from './request-id';
import { installPublicRead, PublicRead } from './public-read/public-read';
import { mountWebApp } from './web-app.mount';
import { requestLimitsPlugin } from './limits/request-limits.plugin';
import { responseSizeCap } from './limits/response-size-cap';
import { costModel } from './limits/cost-model';
import { RateLimits } from './limits/rate-limiter';
import { exportRateLimit, rateLimitCheck } from './limits/rate-limit.check';

export interface RunningGateway {
  port: number;
  publicRead: PublicRead;
  stop(): Promise<void>;
}

/** Picks up (or creates) the request id before anything else, so even refusals carry it. */
const assignRequestId: RequestHandler = (req, res, next) => {
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  res.locals.requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  runWithRequestId(requestId, next);
};

function readSupergraph(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the supergraph at ${path} (SUPERGRAPH_PATH; run \`npm run supergraph\`): ${(err as Error).message}`);
  }
}

/**
 * Serves the federated API at /graphql from the committed supergraph (composed at build time,
 * never by introspecting live subgraphs), with /health and /ready beside it. Port 0 picks a
 * free port, for tests that run the gateway in-process.
 */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const configured = subgraphUrls(config);
  /** Subgraph name → the URL actually called; filled while the supergraph loads, read by /ready. */
  const routes = new Map<string, string>();
  const authenticate = createAuthenticator(await createGatewayVerifier(config));
  const metrics = createServiceMetrics('gateway');
  const rateLimits = new RateLimits(config);
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
    logger: logger.child({ component: 'apollo-gateway' }),
    buildService: ({ name, url: supergraphUrl }) => {
      // A subgraph missing from subgraphs.ts has no override variable: call the URL baked into the supergraph.
      const url = configured.get(name) ?? supergraphUrl;
      if (!configured.has(name)) logger.warn({ subgraph: name, url }, 'subgraph not listed in apps/gateway/src/subgraphs.ts; using its supergraph URL');
      if (!url) throw new Error(`the supergraph gives subgraph "${name}" no URL`);
      routes.set(name, url);
      return new IdentityForwardingDataSource(url, config.INTERNAL_AUTH_SECRET, name);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    nodeEnv: config.NODE_ENV,
    logger: logger.child({ component: 'apollo-server' }),
    includeStacktraceInErrorResponses: false,
    // One operation per HTTP request: batches would multiply the limits below.
    allowBatchedHttpRequests: false,
    // Queries may come by GET from any page: the API authenticates by bearer token, never by cookie,
    // so a cross-site request carries no credentials. Mutations by GET are still refused (405).
    csrfPrevention: false,
    introspection: config.NODE_ENV !== 'production',
    // main.ts owns signal handling; Apollo's own handler would re-raise the signal mid-shutdown.
    stopOnTerminationSignals: false,
    validationRules: queryLimitRules({ maxDepth: config.MAX_QUERY_DEPTH, maxAliases: config.MAX_ALIASES }),
    // HTTP status per GraphQL over HTTP first; an outage's 503 (no data served) has the last word.
    plugins: [
      graphqlMetricsPlugin(metrics),
      requestLimitsPlugin({ budget: config.COST_BUDGET, model: costModel(config), checks: [rateLimitCheck(rateLimits, config.RATE_LIMIT_EXPENSIVE_COST)] }),
      graphqlOverHttpStatus,
      serviceUnavailableStatusPlugin(),
    ],
    formatError: (formatted, error) =>
      formatGatewayError(formatted, error, (err) => logger.error({ err }, 'unexpected error in gateway request')),
  });
  await apollo.start();

  let serving = true;
  const app = createHttpApp([
    {
      name: 'supergraph',
      check: async () => {
        if (!serving) throw new Error('shutting down');
      },
    },
    ...subgraphReadiness(routes),
  ]);
  // Which proxies may name the client address (X-Forwarded-For); anonymous callers are rate-limited by it.
  app.set('trust proxy', config.TRUST_PROXY);
  app.get('/metrics', metricsHandler(metrics.registry));
  // Before every /graphql handler, trusted reads included: no response body over the cap leaves.
  app.use('/graphql', responseSizeCap(config.RESPONSE_MAX_BYTES));
  const publicRead = installPublicRead(app, config, { apollo, authenticate, assignRequestId, logger });
  app.use(
    '/graphql',
    assignRequestId,
    express.json({ limit: '1mb' }),
    maxTokensMiddleware(config.MAX_QUERY_TOKENS),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        identity: await authenticate(req.headers.authorization),
        requestId: res.locals.requestId as string,
        clientAddress: req.ip,
      }),
    }),
  );
  // BI exports, routed by export name to the service that owns each; before the services' other HTTP routes.
  const biExports = await installBiExports(app, config, {
    subgraphUrls: configured,
    authenticate,
    assignRequestId,
    internalSecret: config.INTERNAL_AUTH_SECRET,
    logger,
    admit: exportRateLimit(rateLimits),
  });
  // Plain HTTP routes of the services, by path; same authentication as /graphql.
  for (const [prefix, origin] of subgraphHttpRoutes(config)) {
    app.get(`${prefix}/{*path}`, assignRequestId, routeProxy(origin, authenticate, config.INTERNAL_AUTH_SECRET, logger, subgraphServing(prefix)));
  }
  mountWebApp(app, config);
  app.use(jsonErrorHandler(logger));

  const { server, port } = await listen(app, config.GATEWAY_PORT).catch(async (err: unknown) => {
    await publicRead.stop();
    await biExports.stop();
    await apollo.stop(); // e.g. the port is taken: do not leave the gateway half started
    throw err;
  });
  logger.info({ port, subgraphs: Object.fromEntries(routes) }, 'gateway listening');
  return {
    port,
    publicRead,
    async stop() {
      // Report not-ready first, then drain requests in flight, then stop Apollo and the gateway.
      serving = false;
      // Open /changes streams never finish on their own: end them so the drain does not wait out its grace.
      publicRead.changes.end();
      await closeServer(server);
      await publicRead.stop();
      await biExports.stop();
      await apollo.stop();
    },
  };
}
