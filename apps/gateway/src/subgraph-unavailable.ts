import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@samspill/server-graphql';

/**
 * Honest errors for an unreachable or failing subgraph (issue 9). A subgraph that refuses the
 * connection, resets it, times out or answers 502/503/504 is an outage the client should retry,
 * not a bug: the error is `SERVICE_UNAVAILABLE` with `extensions.retryable: true` (no URL, no
 * subgraph name). When nothing could be served the HTTP status is 503 with `Retry-After`;
 * when other subgraphs answered, the client gets their data (HTTP 200) plus the error.
 */
export const SERVICE_UNAVAILABLE_MESSAGE = 'a part of the service is temporarily unavailable; retry the request';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

interface ErrorLike {
  name?: string;
  code?: string;
  type?: string;
  errno?: string;
  originalError?: unknown;
  cause?: unknown;
  extensions?: { response?: { status?: number } };
}

/** Whether a gateway execution error means "the subgraph could not be reached or is down". */
export function isSubgraphUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error as ErrorLike | undefined; e && typeof e === 'object' && !seen.has(e); ) {
    seen.add(e);
    if (NETWORK_CODES.has(e.code ?? '') || NETWORK_CODES.has(e.errno ?? '')) return true;
    // node-fetch (used by @apollo/gateway): FetchError of type 'system' (socket) or 'request-timeout'.
    if (e.name === 'FetchError' && (e.type === 'system' || e.type === 'request-timeout')) return true;
    const status = e.extensions?.response?.status;
    if (typeof status === 'number' && UNAVAILABLE_STATUSES.has(status)) return true;
    e = (e.originalError ?? e.cause) as ErrorLike | undefined;
  }
  return false;
}

export function serviceUnavailableError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: SERVICE_UNAVAILABLE_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
  };
}

const isUnavailable = (e: GraphQLFormattedError) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE;

/** No data at all, or every root field null: nothing the client could use. */
function nothingServed(data: Record<string, unknown> | null | undefined): boolean {
  return !data || Object.values(data).every((v) => v === null);
}

/** Sets HTTP 503 (and Retry-After) when an outage left the response without any data. */
export function serviceUnavailableStatusPlugin(retryAfterSeconds = 1): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.some(isUnavailable) || !nothingServed(data)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
