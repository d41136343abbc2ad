import type { ApolloServerPlugin } from '@apollo/server';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

/** q of the best Accept range matching `type` (0 when none does). */
function quality(accept: string, type: string): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    const [major, minor] = range.split('/');
    const [tMajor, tMinor] = type.split('/');
    if (!((major === '*' && minor === '*') || (major === tMajor && (minor === '*' || minor === tMinor)))) continue;
    const q = params.find((p) => p.startsWith('q='));
    best = Math.max(best, q ? Number(q.slice(2)) || 0 : 1);
  }
  return best;
}

/** The media type a response is sent as: as Apollo chooses it (application/json on a tie or without Accept). */
export function responseMediaType(accept: string | undefined | null): string {
  if (!accept) return JSON_TYPE;
  return quality(accept, GRAPHQL_RESPONSE_JSON) > quality(accept, JSON_TYPE) ? GRAPHQL_RESPONSE_JSON : JSON_TYPE;
}

/** Errors of a well-formed request that GraphQL itself refused (a malformed HTTP request stays 400). */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'COST_LIMIT_EXCEEDED']);

/**
 * GraphQL over HTTP: a client that accepts `application/graphql-response+json` gets 4xx for a
 * request error (parse, validation, variable coercion: no `data`), as Apollo does. A client
 * that gets `application/json` (legacy clients, which read the body whatever the status) SHOULD
 * get 200 for every well-formed request, so the errors stay readable to it; Apollo sends 400.
 */
export const graphqlOverHttpStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        if (response.body.kind !== 'single' || response.http.status !== 400) return;
        if (responseMediaType(request.http?.headers.get('accept')) !== JSON_TYPE) return;
        const { data, errors } = response.body.singleResult;
        if (data !== undefined || !errors?.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)))) return;
        response.http.status = 200;
      },
    };
  },
};
