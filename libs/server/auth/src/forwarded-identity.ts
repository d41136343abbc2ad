import { jwtVerify, SignJWT } from 'jose';
import { Identity, identitySchema } from './identity';

/** Header carrying the gateway-signed identity of the caller to a subgraph. */
export const FORWARDED_IDENTITY_HEADER = 'x-samspill-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

const AUDIENCE = 'samspill-subgraph';
const ISSUER = 'samspill-gateway';

export class ForwardingRejectedError extends Error {}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * The gateway wraps the verified identity (anonymous too) in a short-lived token signed with
 * a secret only it and the subgraphs hold; a subgraph serves nothing without one, so the
 * gateway's checks cannot be bypassed by calling a subgraph directly.
 */
export async function signForwardedIdentity(identity: Identity, requestId: string, secret: string): Promise<string> {
  return new SignJWT({ identity, rid: requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key(secret));
}

export async function verifyForwardedIdentity(
  token: string,
  secret: string,
): Promise<{ identity: Identity; requestId: string }> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const identity = identitySchema.parse(payload.identity);
    return { identity, requestId: String(payload.rid ?? '') };
  } catch {
    throw new ForwardingRejectedError('request did not come through the gateway');
  }
}
