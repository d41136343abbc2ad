import type { RequestHandler } from 'express';

/** Request headers a cross-origin page may send to /graphql. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id', 'if-none-match'];
/** Response headers such a page may read. */
const EXPOSED_HEADERS = ['etag', 'x-request-id', 'cache-control'];

/**
 * CORS for the API, with an allow-list of origins. Preflights from allowed origins get 204 and
 * the methods and headers the API accepts; any other origin gets no Access-Control-Allow-Origin
 * (the browser then withholds the response from the page) and a 403 on preflight. Credentials
 * are never allowed: the API uses bearer tokens, not cookies.
 */
export function corsForApi(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    res.vary('Origin');
    const origin = req.headers.origin;
    const isPreflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (!origin || !allowed.has(origin)) {
      if (isPreflight) {
        res.status(403).end();
        return;
      }
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (!isPreflight) {
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
      next();
      return;
    }
    res.vary('Access-Control-Request-Headers');
    const requested = String(req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const refused = requested.filter((h) => !ALLOWED_HEADERS.includes(h));
    const method = String(req.headers['access-control-request-method']).toUpperCase();
    if (refused.length > 0 || !['GET', 'POST'].includes(method)) {
      res.status(403).end();
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}

/** Static embed files are public code: any page may load them (module scripts are fetched with CORS). */
export const corsForPublicAssets: RequestHandler = (_req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  next();
};
