import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Request, RequestHandler, Response } from 'express';
import type { Identity } from '@samspill/server-auth';
import type { Logger } from '@samspill/server-config';
import { FORWARDED_IDENTITY_HEADER, REQUEST_ID_HEADER, signForwardedIdentity } from '@samspill/server-auth';
import type { Authenticator } from './auth/bearer-authenticator';
import { SUBGRAPHS, SubgraphDefinition } from './subgraphs';

const PASSED_THROUGH = ['content-type', 'content-disposition', 'cache-control', 'x-samspill-watermark'];

/** Whether an authenticated request may go ahead; when not, it has answered the request itself. */
export type Admit = (identity: Identity, req: Request, res: Response) => Promise<boolean>;

const jsonError = (status: number, code: string, message: string) => ({ status, body: { errors: [{ message, extensions: { code } }] } });

/**
 * BI tools load exports over plain HTTP, not GraphQL. The gateway authenticates them exactly as it
 * does GraphQL callers (these routes need a signed-in caller) and forwards the request, with the
 * signed identity, to the service that owns the path (subgraphs.ts `httpPaths`); the body is piped
 * through as it streams, so memory stays flat at any size.
 */
export function routeProxy(
  targetBaseUrl: string,
  authenticate: Authenticator,
  internalSecret: string,
  logger: Logger,
  /** The subgraph serving the path: the forwarded identity is addressed to it alone. */
  subgraph: string,
  admit?: Admit,
  /** The path (and query) asked of the service; default: the request's own. */
  upstreamPath: (req: Request, res: Response) => string = (req) => req.originalUrl,
): RequestHandler {
  return async (req, res) => {
    let identity;
    try {
      identity = await authenticate(req.headers.authorization);
    } catch {
      const e = jsonError(401, 'UNAUTHENTICATED', 'the bearer token is invalid or expired');
      res.status(e.status).json(e.body);
      return;
    }
    if (identity.subject === null) {
      const e = jsonError(401, 'UNAUTHENTICATED', 'exports need a bearer token');
      res.status(e.status).set('www-authenticate', 'Bearer').json(e.body);
      return;
    }
    if (admit && !(await admit(identity, req, res))) return;
    const requestId = String(res.locals.requestId ?? '');
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    try {
      const upstream = await fetch(`${targetBaseUrl}${upstreamPath(req, res)}`, {
        headers: {
          [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, requestId, internalSecret, subgraph),
          [REQUEST_ID_HEADER]: requestId,
          accept: req.headers.accept ?? '*/*',
        },
        signal: abort.signal,
      });
      res.status(upstream.status);
      for (const name of PASSED_THROUGH) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      if (!upstream.body) {
        res.end();
        return;
      }
      Readable.fromWeb(upstream.body as unknown as WebReadableStream).pipe(res);
    } catch (err) {
      if (abort.signal.aborted) return;
      logger.error({ err }, 'route proxy failed');
      const e = jsonError(502, 'INTERNAL_SERVER_ERROR', 'the export is not available');
      if (!res.headersSent) res.status(e.status).json(e.body);
      else res.destroy();
    }
  };
}

/** Which subgraph serves a plain HTTP path prefix (subgraphs.ts `httpPaths`). */
export function subgraphServing(prefix: string): string {
  const owner = (SUBGRAPHS as readonly SubgraphDefinition[]).find((s) => s.httpPaths?.includes(prefix));
  if (!owner) throw new Error(`no subgraph serves ${prefix}`);
  return owner.name;
}
