import type { ErrorRequestHandler } from 'express';
import type { Logger } from '@samspill/server-config';

const CLIENT_MESSAGES: Record<string, string> = {
  'entity.too.large': 'the request body is larger than 1 MB',
  'entity.parse.failed': 'the request body is not valid JSON',
};

/**
 * Express's default error handler answers a malformed or oversized body with an HTML page
 * that, outside production, includes the stack trace. Answer in GraphQL's shape instead.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message = status === 500 ? 'Internal server error' : (CLIENT_MESSAGES[err?.type] ?? 'the request body could not be read');
    if (status === 500) logger.error({ err }, 'unexpected error in HTTP handling');
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
}
