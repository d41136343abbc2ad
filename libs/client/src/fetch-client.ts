import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL error as the API sends it: `extensions.code` is always set (see docs/api.md). */
export interface ApiError {
  message: string;
  path?: readonly (string | number)[];
  extensions: { code: string; [detail: string]: unknown };
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiError[],
  ) {
    super(errors.map((e) => `${e.extensions.code}: ${e.message}`).join('; ') || `HTTP ${status}`);
    this.name = 'ApiRequestError';
  }
}

/**
 * The smallest typed client: POSTs one typed document (from ./operations, or a team's own
 * generated one) and returns its typed `data`, or throws ApiRequestError with the coded errors.
 * Asks for application/graphql-response+json, so request errors come back as 4xx.
 */
export async function graphqlFetch<TResult, TVariables extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string; fetch?: typeof fetch } = {},
): Promise<TResult> {
  const res = await (options.fetch ?? fetch)(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: TResult | null; errors?: ApiError[] };
  if (body.errors?.length || !body.data) throw new ApiRequestError(res.status, body.errors ?? []);
  return body.data;
}
