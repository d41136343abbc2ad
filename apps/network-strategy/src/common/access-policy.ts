import { hasRole, Identity, isNetworkAdmin, isPlatformAdmin } from '@samspill/server-auth';
import { forbidden } from '@samspill/server-graphql';

/**
 * Municipality master data (the population drives per-capita benefit targets in every network)
 * belongs to the platform, not to any one network or municipality (issue 11; see also
 * server-graphql's scope guards).
 */
export function requirePlatformAdmin(identity: Identity): void {
  if (!isPlatformAdmin(identity)) throw forbidden('only a platform administrator can change municipality master data');
}

/** Drafts are internal to the network: its administrators and analysts see them, the public does not. */
export function canSeeDrafts(identity: Identity, networkId: string): boolean {
  return isNetworkAdmin(identity, networkId) || hasRole(identity, 'analyst');
}
