import { Identity, isMunicipalityEditor, isNetworkAdmin } from '@samspill/server-auth';
import { forbidden } from './errors';

/*
 * Scoped checks the role declarations on resolvers cannot express: *which* network or
 * municipality. Use cases call them before touching data; a refusal is FORBIDDEN.
 */

export function requireNetworkAdmin(identity: Identity, networkId: string): void {
  if (!isNetworkAdmin(identity, networkId)) throw forbidden(`only an administrator of network ${networkId} can do this`);
}

export function requireMunicipalityEditor(identity: Identity, municipalityId: string): void {
  if (!isMunicipalityEditor(identity, municipalityId)) throw forbidden(`only an editor of municipality ${municipalityId} can do this`);
}
