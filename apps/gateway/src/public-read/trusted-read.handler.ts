import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '@samspill/server-config';
import type { CachedResponse, ResponseCache } from './response-cache';
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

/** A stored response ready to send: the body's bytes and length computed once, when it was stored. */
export interface ReadyResponse {
  bytes: Buffer;
  length: string;
}

/** The two query parameters of a trusted read, read once per request (Express parses `req.query` again on every access). */
export interface TrustedReadParams {
  documentId: string | null;
  variables: string | null;
}

const PARAMS = Symbol('samspill.trustedReadParams');

export function trustedReadParams(req: Request): TrustedReadParams {
  const holder = req as Request & { [PARAMS]?: TrustedReadParams };
  let params = holder[PARAMS];
  if (!params) {
    const q = req.url.indexOf('?');
    const search = q < 0 ? null : new URLSearchParams(req.url.slice(q + 1));
    params = { documentId: search?.get('documentId') ?? null, variables: search?.get('variables') ?? null };
    holder[PARAMS] = params;
  }
  return params;
}

/**
 * Request text → cache key, so a repeated read skips parsing and canonicalising its variables.
 * Bounded: a flood of distinct requests only costs a reset.
 */
class KeyMemo {
  private readonly keys = new Map<string, string>();
  constructor(private readonly max = 10_000) {}
  get(raw: string): string | undefined {
    return this.keys.get(raw);
  }
  set(raw: string, key: string): void {
    if (this.keys.size >= this.max) this.keys.clear();
    this.keys.set(raw, key);
  }
}

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
  const keys = new KeyMemo();
  /** Bytes of stored bodies, by entry: computed once per stored response, not once per hit. */
  const ready = new WeakMap<CachedResponse, ReadyResponse>();
  const readyFor = (entry: CachedResponse) => {
    let r = ready.get(entry);
    if (!r) {
      const bytes = Buffer.from(entry.body);
      r = { bytes, length: String(bytes.length) };
      ready.set(entry, r);
    }
    return r;
  };

  /** Variables from the request, or a refusal already sent. */
  const parseVariables = (res: Response, raw: string | null): Record<string, unknown> | null => {
    if (raw === null || raw === '') return {};
    let variables: unknown;
    try {
      variables = JSON.parse(raw);
    } catch {
      graphqlError(res, 400, 'BAD_USER_INPUT', 'variables must be a JSON object');
      return null;
    }
    if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) {
      graphqlError(res, 400, 'BAD_USER_INPUT', 'variables must be a JSON object');
      return null;
    }
    return variables as Record<string, unknown>;
  };

  return async (req, res, next) => {
    const params = req.method === 'GET' ? trustedReadParams(req) : null;
    if (!params?.documentId) {
      next();
      return;
    }
    try {
      const doc = documents.get(params.documentId);
      if (!doc) {
        graphqlError(res, 404, 'PERSISTED_QUERY_NOT_FOUND', 'unknown trusted document id');
        return;
      }

      if (req.headers.authorization) {
        const variables = parseVariables(res, params.variables);
        if (!variables) return;
        const result = await execute(req, res, { query: doc.document, variables, operationName: doc.operationName });
        res.setHeader('cache-control', PRIVATE_NO_STORE);
        res.status(result.status).type('application/json').send(result.body);
        return;
      }

      // The hot path of every portal visit: a repeated read is a map lookup, then one write.
      const raw = `${doc.id}\n${params.variables ?? ''}`;
      let key = keys.get(raw);
      let variables: Record<string, unknown> | null = null;
      if (key === undefined) {
        variables = parseVariables(res, params.variables);
        if (!variables) return;
        key = `${doc.id} ${canonicalJson(variables)}`;
        keys.set(raw, key);
      }
      let entry = cache.get(key);
      let state = 'HIT';
      if (!entry) {
        variables ??= parseVariables(res, params.variables) as Record<string, unknown>;
        const operation = { query: doc.document, variables, operationName: doc.operationName };
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
      // Straight to Node's response: Express's send() would re-encode the body and re-check freshness on every hit.
      if (matchesIfNoneMatch(req.headers['if-none-match'], entry.etag)) {
        res.writeHead(304, { 'x-samspill-cache': state, 'cache-control': publicControl, etag: entry.etag });
        res.end();
        return;
      }
      const body = readyFor(entry);
      res.writeHead(200, {
        'x-samspill-cache': state,
        'cache-control': publicControl,
        etag: entry.etag,
        'content-type': 'application/json; charset=utf-8',
        'content-length': body.length,
      });
      res.end(body.bytes);
    } catch (err) {
      next(err);
    }
  };
}
