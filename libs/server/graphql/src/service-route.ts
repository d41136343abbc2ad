import type { Request, RequestHandler, Response } from 'express';
import type { Identity } from '@samspill/server-auth';
import { FORWARDED_IDENTITY_HEADER, verifyForwardedIdentity } from '@samspill/server-auth';

/** The caller of a request that came through the gateway. */
export interface Caller {
  identity: Identity;
  requestId: string;
}

/**
 * A plain HTTP route a service serves beside /graphql on its own port (e.g. a streaming export),
 * behind the same check as /graphql: only requests carrying the identity the gateway signed get
 * through. The gateway proxies the path (see apps/gateway/src/subgraphs.ts, `httpPaths`).
 */
export interface ServiceRoute {
  method: 'get' | 'post';
  /** Express path, e.g. `/export/benefit-facts.:format`. */
  path: string;
  handle(req: Request, res: Response, caller: Caller): Promise<void>;
}

/** Verifies the identity the gateway forwarded; throws if it is missing or not signed by the gateway. */
export async function forwardedCaller(req: Request, internalAuthSecret: string, target: string): Promise<Caller> {
  const header = req.headers[FORWARDED_IDENTITY_HEADER];
  if (typeof header !== 'string') throw new Error('missing forwarded identity');
  return verifyForwardedIdentity(header, internalAuthSecret, target);
}

/** Wraps a route: 401 in the GraphQL error shape for a request that did not come through the gateway. */
export function guardedRoute(route: ServiceRoute, internalAuthSecret: string, target: string): RequestHandler {
  return async (req, res, next) => {
    let caller: Caller;
    try {
      caller = await forwardedCaller(req, internalAuthSecret, target);
    } catch {
      res.status(401).json({ errors: [{ message: 'request did not come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    try {
      await route.handle(req, res, caller);
    } catch (err) {
      next(err);
    }
  };
}
