import { hasRole, Identity, isMunicipalityEditor, isNetworkAdmin } from '@samspill/server-auth';
import { forbidden } from '@samspill/server-graphql';

/** Scoped checks the role declarations on resolvers cannot express (see also server-graphql's scope guards). */
export function requireMunicipalityEditorOrAnyAdmin(identity: Identity, municipalityId: string): void {
  if (hasRole(identity, 'network-admin') || isMunicipalityEditor(identity, municipalityId)) return;
  throw forbidden(`only an editor of municipality ${municipalityId} can change it`);
}

/** Drafts are internal to the network: its administrators and analysts see them, the public does not. */
export function canSeeDrafts(identity: Identity, networkId: string): boolean {
  return isNetworkAdmin(identity, networkId) || hasRole(identity, 'analyst');
}
