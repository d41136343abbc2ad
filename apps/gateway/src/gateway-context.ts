import type { Identity } from '@samspill/server-auth';

/** What each gateway request carries into query planning and the subgraph data sources. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
}
