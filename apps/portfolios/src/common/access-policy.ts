import { hasRole, Identity, isMunicipalityEditor, isNetworkAdmin } from '@samspill/server-auth';
/**
 * Unpublished projects are internal: the municipality's editors, administrators of a network it
 * is a current member of, and analysts see them; everyone else sees published projects only.
 */
export function canSeeUnpublished(identity: Identity, municipalityId: string, currentNetworks: readonly string[]): boolean {
  return (
    hasRole(identity, 'analyst') ||
    isMunicipalityEditor(identity, municipalityId) ||
    currentNetworks.some((networkId) => isNetworkAdmin(identity, networkId))
  );
}
