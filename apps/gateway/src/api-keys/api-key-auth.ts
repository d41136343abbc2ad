import type { RequestHandler } from 'express';
import type { Logger } from '@samspill/server-config';
import type { Authenticator } from '../auth/bearer-authenticator';
import { looksLikeApiKey, parseApiKey } from './api-key-format';
import type { ApiKeyStore } from './api-key-store';

const BEARER = /^Bearer +(\S+) *$/i;

const bearerOf = (authorization: string | undefined) => (authorization ? BEARER.exec(authorization)?.[1] ?? null : null);

/** Thrown for an unknown, malformed or revoked key; answered like an invalid token (401). */
export class ApiKeyRefused extends Error {}

/**
 * For export routes only: a bearer that looks like an API key is checked against the store
 * (store absent: refused); anything else goes to the normal bearer authenticator. /graphql never
 * sees this authenticator, so a key cannot run a query.
 */
export function withApiKeys(authenticate: Authenticator, store: ApiKeyStore | null): Authenticator {
  return async (authorization) => {
    const token = bearerOf(authorization);
    if (!token || !looksLikeApiKey(token)) return authenticate(authorization);
    const identity = store ? await store.authenticate(token) : null;
    if (!identity) throw new ApiKeyRefused('the API key is unknown or revoked');
    return identity;
  };
}

/** Records every request made with an API key (its status too) once the response is done. */
export function apiKeyAudit(store: ApiKeyStore | null, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const token = bearerOf(req.headers.authorization);
    const key = store && token && looksLikeApiKey(token) ? parseApiKey(token) : null;
    if (key && store) {
      res.on('finish', () => {
        store
          .recordUse({ keyId: key.id, method: req.method, path: req.originalUrl, status: res.statusCode, requestId: String(res.locals.requestId ?? '') })
          .catch((err: unknown) => logger.error({ err }, 'could not record API key use'));
      });
    }
    next();
  };
}
