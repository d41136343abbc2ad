import { randomUUID } from 'node:crypto';

const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Keeps a caller's (or load balancer's) request id so logs can be joined across hops, but only
 * when it is short and plain: it ends up in log lines, headers and signed tokens.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}
