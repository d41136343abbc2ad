import type { RequestHandler } from 'express';
import { GRAPHQL_RESPONSE_JSON, responseMediaType } from '../graphql-over-http.plugin';
import { LimitCode } from './limit-errors';

/**
 * Caps the size of a GraphQL response body. The cost budget refuses most oversized requests before
 * they run; this is the backstop for lists longer than the estimate assumed. A body over
 * `maxBytes` is replaced whole by a RESPONSE_TOO_LARGE error, never cut short (a truncated JSON
 * body is unreadable, and a partial one would look complete). Wraps `res.send`, which Apollo's
 * Express integration and the trusted-read path both answer through with the serialised body,
 * so the size is a byte count of a string already made, not a second serialisation.
 */
export function responseSizeCap(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const size = typeof body === 'string' ? Buffer.byteLength(body) : Buffer.isBuffer(body) ? body.length : 0;
      if (size <= maxBytes) return send(body);
      res.removeHeader('etag');
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-type', `${responseMediaType(req.headers.accept)}; charset=utf-8`);
      // No data: a request error under GraphQL over HTTP (4xx), except for legacy application/json clients (200).
      res.status(responseMediaType(req.headers.accept) === GRAPHQL_RESPONSE_JSON ? 400 : 200);
      return send(
        JSON.stringify({
          errors: [
            {
              message: `the response would be ${size} bytes, more than the limit of ${maxBytes}; ask for fewer items (smaller \`first\`) or fewer fields`,
              extensions: { code: LimitCode.RESPONSE_TOO_LARGE, bytes: size, maxBytes },
            },
          ],
        }),
      );
    };
    next();
  };
}
