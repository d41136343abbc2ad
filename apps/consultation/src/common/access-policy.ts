import { isNetworkAdmin, type Identity } from '@samspill/server-auth';

/** Network admins run and moderate their network's consultations. */
export const isModerator = (identity: Identity, consultation: { networkId: string }) => isNetworkAdmin(identity, consultation.networkId);
