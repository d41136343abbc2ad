import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, formatError } from '@samspill/server-graphql';
import { isSubgraphUnavailable, serviceUnavailableError } from './subgraph-unavailable';
import { LimitError } from './limits/limit-errors';

const SUBGRAPH_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Errors a subgraph returned in its response were already shaped by that subgraph's own
 * `formatError`: they keep their message, code and details (e.g. NOT_FOUND with the entity),
 * minus the subgraph's name, which is internal topology. Everything else goes through the
 * shared mapper, so a failed subgraph call (connection refused, a 401 because the internal
 * secret is wrong, a subgraph validation error from schema drift) reaches the client as a
 * bare INTERNAL_SERVER_ERROR rather than with URLs or a misleading UNAUTHENTICATED.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onInternal: (error: unknown) => void,
): GraphQLFormattedError {
  // The gateway's own refusals (cost, rate) are written for clients, figures included.
  if (error instanceof LimitError) return formatted;
  const { serviceName, response, ...extensions } = formatted.extensions ?? {};
  const code = extensions.code;
  if (typeof serviceName === 'string' && typeof code === 'string' && SUBGRAPH_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (isSubgraphUnavailable(error)) return serviceUnavailableError(formatted);
  // Fetch failures carry the subgraph's HTTP response (URL, status, body); never a client's doing.
  if (response !== undefined || typeof serviceName === 'string') {
    onInternal(error);
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  return formatError(formatted, error, onInternal);
}
