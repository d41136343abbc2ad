import type { Identity } from '@samspill/server-auth';

/** What each gateway request carries into query planning and the subgraph data sources. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** The caller's address (express `req.ip`, per TRUST_PROXY): anonymous callers are rate-limited by it. */
  clientAddress?: string;
}
