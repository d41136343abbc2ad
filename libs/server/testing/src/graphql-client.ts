/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape; `any` is the caller's default, callers may pass a type. */
import { FORWARDED_IDENTITY_HEADER, Identity, signForwardedIdentity } from '@samspill/server-auth';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

/** A plain HTTP GraphQL client, as a front end would call the gateway. */
export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Error codes of a response, for compact assertions. */
export const errorCodes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);

/** Every service that verifies forwarded identities (the gateway addresses each token to one of them). */
export const EVERY_TARGET = ['network-strategy', 'portfolios', 'consultation', 'benefits'] as const;

/** Calls a subgraph directly, as the gateway would: with a signed forwarded identity. */
export async function callSubgraph<T = any>(
  url: string,
  secret: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  // Tests call a subgraph by URL without naming it: the test identity is addressed to every target.
  const header = await signForwardedIdentity(identity, 'test-request', secret, EVERY_TARGET);
  return graphql<T>(url, query, variables, undefined, { [FORWARDED_IDENTITY_HEADER]: header });
}
