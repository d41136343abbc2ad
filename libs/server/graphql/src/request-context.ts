import type { Identity } from '@samspill/server-auth';

/** Per-request context every resolver receives; `loaders` are created fresh per request. */
export interface RequestContext<TLoaders = unknown> {
  identity: Identity;
  requestId: string;
  loaders: TLoaders;
}
