import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Codes of the gateway's own refusals; each error carries its figures in `extensions`. */
export const LimitCode = {
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

/**
 * A request the gateway refuses on its own, before any subgraph is called. Thrown from an
 * Apollo plugin, its `extensions.http` sets the status (and headers such as Retry-After); the
 * gateway's error formatter passes it to the client as it is.
 */
export class LimitError extends GraphQLError {
  constructor(message: string, code: string, details: Record<string, unknown>, http: { status: number; headers?: HeaderMap }) {
    super(message, { extensions: { code, ...details, http } });
    this.name = 'LimitError';
  }
}

export const costLimitExceeded = (cost: number, budget: number) =>
  new LimitError(
    `the query is too expensive: its estimated cost ${Number.isFinite(cost) ? cost : 'is beyond counting'} exceeds the budget of ${budget}; ask for fewer items (smaller \`first\`) or split the query`,
    LimitCode.COST_LIMIT_EXCEEDED,
    { cost: Number.isFinite(cost) ? cost : null, budget },
    // A request error, like a validation failure (graphql-over-http.plugin gives application/json clients 200).
    { status: 400 },
  );

/** What a 429 says, in GraphQL and in the export's JSON alike. */
export function rateLimitedBody(refusal: { kind: string; limit: number; windowSeconds: number; retryAfterSeconds: number }) {
  return {
    message: `too many requests: at most ${refusal.limit} ${refusal.kind.replace('-', ' ')}s per ${refusal.windowSeconds} s; retry after ${refusal.retryAfterSeconds} s`,
    extensions: { code: LimitCode.RATE_LIMITED, limit: refusal.limit, windowSeconds: refusal.windowSeconds, retryAfterSeconds: refusal.retryAfterSeconds },
  };
}

export function rateLimited(refusal: Parameters<typeof rateLimitedBody>[0]): LimitError {
  const { message, extensions } = rateLimitedBody(refusal);
  const { code, ...details } = extensions;
  return new LimitError(message, code, details, { status: 429, headers: new HeaderMap([['retry-after', String(refusal.retryAfterSeconds)]]) });
}
