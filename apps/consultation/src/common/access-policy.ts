import { isNetworkAdmin, type Identity } from '@samspill/server-auth';
import { forbidden } from '@samspill/server-graphql';

/** Network admins run and moderate their network's consultations. */
export function requireNetworkAdmin(identity: Identity, networkId: string): void {
  if (!isNetworkAdmin(identity, networkId)) throw forbidden(`only an administrator of network ${networkId} can do this`);
}

export const isModerator = (identity: Identity, consultation: { networkId: string }) => isNetworkAdmin(identity, consultation.networkId);
