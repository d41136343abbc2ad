import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { RequestHandler } from 'express';
import { GraphQLError, GraphQLSchema } from 'graphql';
import type { Logger } from '@samspill/server-config';
import type { Identity } from '@samspill/server-auth';
import { formatError, ErrorCode } from './errors';
import { closeServer, createHttpApp, listen, ReadinessCheck } from './http-server';
import { jsonErrorHandler } from './http-errors';
import type { RequestContext } from './request-context';
import { forwardedCaller, guardedRoute, ServiceRoute } from './service-route';

export interface SubgraphServerOptions<TLoaders> {
  schema: GraphQLSchema;
  /** The subgraph's name in the supergraph: forwarded identities must be addressed to it. */
  name: string;
  /** Interface to listen on (127.0.0.1 unless configured: only the gateway should reach a subgraph). */
  host: string;
  port: number;
  internalAuthSecret: string;
  logger: Logger;
  readiness: ReadinessCheck[];
  /** The `/health` body: the state of each dependency. */
  health?: () => Promise<object>;
  createLoaders(identity: Identity): TLoaders;
  /** Plain HTTP routes beside /graphql, behind the same gateway identity check. */
  routes?: ServiceRoute[];
  /** Extra Apollo plugins (e.g. request metrics). */
  plugins?: ApolloServerPlugin<RequestContext<TLoaders>>[];
  /** GET routes outside the identity check, for infrastructure (e.g. /metrics for Prometheus). */
  openRoutes?: Record<string, RequestHandler>;
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves a subgraph at /graphql (and its extra `routes`). Every request must carry the identity the gateway verified
 * and signed; without it the subgraph answers UNAUTHENTICATED (HTTP 401) and runs nothing.
 */
export async function startSubgraphServer<TLoaders>(options: SubgraphServerOptions<TLoaders>): Promise<RunningServer> {
  const app = createHttpApp(options.readiness, options.health);
  const apollo = new ApolloServer<RequestContext<TLoaders>>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    // The runtime owns shutdown order (server → workers → consumers → relay → database); Apollo must not race it.
    stopOnTerminationSignals: false,
    introspection: true,
    formatError: (formatted, error) =>
      formatError(formatted, error, (err) => options.logger.error({ err }, 'unexpected error in resolver')),
    // Inline traces would expose resolver timings to any caller; the gateway does not need them.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ...(options.plugins ?? [])],
  });
  await apollo.start();
  for (const [path, handler] of Object.entries(options.openRoutes ?? {})) app.get(path, handler);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const { identity, requestId } = await forwardedCaller(req, options.internalAuthSecret, options.name);
          return { identity, requestId, loaders: options.createLoaders(identity) };
        } catch {
          throw new GraphQLError('request did not come through the gateway', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
      },
    }),
  );
  for (const route of options.routes ?? []) app[route.method](route.path, guardedRoute(route, options.internalAuthSecret, options.name));
  app.use(jsonErrorHandler(options.logger));
  const { server, port } = await listen(app, options.port, options.host);
  return {
    port,
    async stop() {
      // Stop accepting requests first, let in-flight ones finish, then stop Apollo.
      await closeServer(server);
      await apollo.stop();
    },
  };
}
