import { randomUUID } from 'node:crypto';
import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ANONYMOUS, FORWARDED_IDENTITY_HEADER, REQUEST_ID_HEADER, signForwardedIdentity } from '@samspill/server-auth';
import { IDEMPOTENCY_KEY_HEADER } from '@samspill/server-graphql';
import type { GatewayContext } from './gateway-context';
import { dedupingFetcher } from './inflight-dedup';

/**
 * Calls one subgraph, attaching the caller's verified identity signed with the internal
 * secret (subgraphs refuse requests without it) and the request id for log correlation.
 * Nothing else from the incoming request is forwarded but its Idempotency-Key: in particular
 * not the client's own Authorization header, so subgraphs only ever trust the gateway's word.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly internalAuthSecret: string,
    /** The subgraph's name: the forwarded identity is addressed to it alone. */
    private readonly subgraph: string,
  ) {
    super({ url });
    // Identical reads in flight for indistinguishable callers reach the subgraph once (inflight-dedup.ts).
    this.fetcher = dedupingFetcher(this.fetcher);
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Only incoming operations carry our context; the gateway's own calls (health checks) go as anonymous.
    const context = 'incomingRequestContext' in options ? options.context : undefined;
    const identity = context?.identity ?? ANONYMOUS;
    const requestId = context?.requestId ?? randomUUID();
    const headers = options.request.http?.headers;
    if (!headers) throw new Error('subgraph request has no HTTP headers to carry the identity');
    headers.set(FORWARDED_IDENTITY_HEADER, await signForwardedIdentity(identity, requestId, this.internalAuthSecret, this.subgraph));
    headers.set(REQUEST_ID_HEADER, requestId);
    // The client's Idempotency-Key (issue 9): subgraphs keep the first response per caller and key.
    const idempotencyKey = 'incomingRequestContext' in options ? options.incomingRequestContext?.request?.http?.headers.get(IDEMPOTENCY_KEY_HEADER) : undefined;
    if (idempotencyKey) headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
  }
}
