import { resolve } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Express, RequestHandler } from 'express';
import { TOPICS } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { BroadcastSubscriber, createKafka } from '@samspill/server-events';
import type { Identity } from '@samspill/server-auth';
import type { GatewayContext } from '../gateway-context';
import { tagsAffectedBy } from './cache-invalidation';
import { changeStream, ChangeStream } from './change-stream';
import { corsForApi, corsForPublicAssets } from './cors';
import { embedFiles } from './embed-files';
import { allowedOrigins, PublicReadConfig } from './public-read.config';
import { ResponseCache } from './response-cache';
import { ExecuteOperation, trustedReadParams, trustedReads } from './trusted-read.handler';
import { loadTrustedDocuments } from './trusted-documents';

export interface PublicRead {
  cache: ResponseCache;
  changes: ChangeStream;
  stop(): Promise<void>;
}

export interface PublicReadDeps {
  apollo: ApolloServer<GatewayContext>;
  authenticate: (authorization: string | undefined) => Promise<Identity>;
  assignRequestId: RequestHandler;
  logger: Logger;
}

/**
 * The public read path, mounted before /graphql: CORS for allowed portal origins, trusted
 * documents by GET id with HTTP caching and an event-invalidated response cache, and the
 * embed bundle at /embed, and GET /changes (Server-Sent Events) telling the web app's followed
 * pages that something changed, from the same subscription. Ad-hoc queries (GET or POST) continue to Apollo.
 */
export function installPublicRead(app: Express, config: PublicReadConfig, deps: PublicReadDeps): PublicRead {
  const logger = deps.logger.child({ component: 'public-read' });
  const documents = loadTrustedDocuments(resolve(config.TRUSTED_DOCUMENTS_PATH));
  const cache = new ResponseCache(config.PUBLIC_CACHE_MAX_ENTRIES, config.PUBLIC_CACHE_TTL_S * 1000);
  const changes = changeStream();

  const execute: ExecuteOperation = async (req, res, operation) => {
    const response = await deps.apollo.executeOperation({ ...operation, operationName: operation.operationName ?? undefined }, {
      contextValue: { identity: await deps.authenticate(req.headers.authorization), requestId: res.locals.requestId as string, clientAddress: req.ip },
    });
    const result = response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'incremental delivery is not supported here' }] };
    return { status: response.http.status ?? 200, body: JSON.stringify(result), data: result.data, ok: !result.errors?.length };
  };

  const subscriber = new BroadcastSubscriber(
    createKafka('samspill-gateway-cache', config.KAFKA_BROKERS),
    {
      groupPrefix: `${config.KAFKA_TOPIC_PREFIX}samspill.gateway-cache`,
      topics: [TOPICS.portfolios, TOPICS.benefits, TOPICS.networkStrategy].map((t) => `${config.KAFKA_TOPIC_PREFIX}${t}`),
      onEvent: (event) => {
        const tags = tagsAffectedBy(event);
        const dropped = cache.invalidate(tags);
        if (tags.length > 0) logger.debug({ type: event.type, tags, dropped }, 'response cache invalidated');
        changes.changed();
      },
      onUnreadable: () => {
        cache.clear();
        changes.changed();
      },
      onLiveChange: (live) => {
        if (live !== cache.isLive) logger.info({ live }, live ? 'response cache following events' : 'response cache off until events flow again');
        cache.setLive(live);
        changes.setLive(live);
      },
    },
    logger,
  );
  subscriber.start();

  const requestIdForTrustedReads: RequestHandler = (req, res, next) => (req.method === 'GET' && trustedReadParams(req).documentId ? deps.assignRequestId(req, res, next) : next());
  app.use('/graphql', corsForApi(allowedOrigins(config)), requestIdForTrustedReads, trustedReads({
    documents,
    cache,
    execute,
    maxAgeS: config.PUBLIC_MAX_AGE_S,
    staleWhileRevalidateS: config.PUBLIC_STALE_WHILE_REVALIDATE_S,
    logger,
  }));
  app.use('/embed', corsForPublicAssets, embedFiles(resolve(config.EMBED_DIST_DIR)));
  // Same origin only (no CORS): the web app's followed pages listen here.
  app.get('/changes', changes.handler);

  return {
    cache,
    changes,
    stop: async () => {
      changes.end();
      await subscriber.stop();
    },
  };
}
