import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '@samspill/server-config';
import type { ResponseCache } from './response-cache';
import { entityTags } from './response-cache';
import type { TrustedDocument } from './trusted-documents';
import { canonicalJson, etagOf, matchesIfNoneMatch, PRIVATE_NO_STORE, publicCacheControl } from './http-cache';

/** What executing one operation gave: the serialised body, its HTTP status, and the data to tag it by. */
export interface ExecutedOperation {
  status: number;
  body: string;
  data: unknown;
  ok: boolean;
}

export type ExecuteOperation = (
  req: Request,
  res: Response,
  operation: { query: string; variables: Record<string, unknown>; operationName: string | null },
) => Promise<ExecutedOperation>;

export interface TrustedReadOptions {
  documents: ReadonlyMap<string, TrustedDocument>;
  cache: ResponseCache;
  execute: ExecuteOperation;
  maxAgeS: number;
  staleWhileRevalidateS: number;
  logger: Logger;
}

const graphqlError = (res: Response, status: number, code: string, message: string) => {
  res.setHeader('cache-control', PRIVATE_NO_STORE);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * `GET /graphql?documentId=sha256:…&variables=…`: a trusted document run by id. Anonymous
 * reads are the public, cacheable path: served from the event-invalidated response cache,
 * with Cache-Control, an ETag and 304 on If-None-Match. A request with a bearer token runs
 * the same document for that caller and is never stored. Requests without a documentId fall
 * through to Apollo (ad-hoc queries by GET or POST).
 */
export function trustedReads(options: TrustedReadOptions): RequestHandler {
  const { documents, cache, execute } = options;
  const publicControl = publicCacheControl(options.maxAgeS, options.staleWhileRevalidateS);
  /** Concurrent misses for one key run once; dropped when an event may have made them stale. */
  const inFlight = new Map<string, { seq: number; result: Promise<ExecutedOperation> }>();

  return async (req, res, next) => {
    if (req.method !== 'GET' || typeof req.query.documentId !== 'string') {
      next();
      return;
    }
    try {
      const doc = documents.get(req.query.documentId);
      if (!doc) {
        graphqlError(res, 404, 'PERSISTED_QUERY_NOT_FOUND', 'unknown trusted document id');
        return;
      }
      let variables: Record<string, unknown> = {};
      if (typeof req.query.variables === 'string' && req.query.variables !== '') {
        try {
          variables = JSON.parse(req.query.variables) as Record<string, unknown>;
        } catch {
          graphqlError(res, 400, 'BAD_USER_INPUT', 'variables must be a JSON object');
          return;
        }
        if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) {
          graphqlError(res, 400, 'BAD_USER_INPUT', 'variables must be a JSON object');
          return;
        }
      }
      const operation = { query: doc.document, variables, operationName: doc.operationName };

      if (req.headers.authorization) {
        const result = await execute(req, res, operation);
        res.setHeader('cache-control', PRIVATE_NO_STORE);
        res.status(result.status).type('application/json').send(result.body);
        return;
      }

      const key = `${doc.id} ${canonicalJson(variables)}`;
      let entry = cache.get(key);
      let state = 'HIT';
      if (!entry) {
        state = 'MISS';
        const ticket = cache.ticket();
        let flight = inFlight.get(key);
        if (!flight || flight.seq !== ticket.seq) {
          flight = { seq: ticket.seq, result: execute(req, res, operation) };
          inFlight.set(key, flight);
          const mine = flight;
          void mine.result.finally(() => inFlight.get(key) === mine && inFlight.delete(key)).catch(() => undefined);
        }
        const result = await flight.result;
        if (!result.ok) {
          res.setHeader('cache-control', PRIVATE_NO_STORE);
          res.status(result.status).type('application/json').send(result.body);
          return;
        }
        entry = { body: result.body, etag: etagOf(result.body), tags: entityTags(result.data), storedAt: Date.now() };
        cache.fill(key, ticket, entry);
      }
      res.setHeader('x-samspill-cache', state);
      res.setHeader('cache-control', publicControl);
      res.setHeader('etag', entry.etag);
      if (matchesIfNoneMatch(req.headers['if-none-match'], entry.etag)) {
        res.status(304).end();
        return;
      }
      res.status(200).type('application/json').send(entry.body);
    } catch (err) {
      next(err);
    }
  };
}
