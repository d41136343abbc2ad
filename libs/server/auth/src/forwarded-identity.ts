import { jwtVerify, SignJWT } from 'jose';
import { Identity, identitySchema } from './identity';

/** Header carrying the gateway-signed identity of the caller to a subgraph. */
export const FORWARDED_IDENTITY_HEADER = 'x-samspill-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

const ISSUER = 'samspill-gateway';

/**
 * A forwarded identity is bound to one target (issue 11): a token the gateway made for
 * portfolios cannot be replayed against benefits, and it lives for seconds, not a minute.
 */
export const FORWARDED_IDENTITY_LIFETIME_SECONDS = 10;
/** Tolerated clock difference between gateway and subgraph hosts. */
const FORWARDED_CLOCK_TOLERANCE_SECONDS = 2;

/** The audience a forwarded identity for one target carries: a subgraph's name (its plain HTTP routes, e.g. exports, share it). */
export const forwardedAudience = (target: string) => `samspill-subgraph:${target}`;

export class ForwardingRejectedError extends Error {}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * The gateway wraps the verified identity (anonymous too) in a short-lived token signed with
 * a secret only it and the subgraphs hold; a subgraph serves nothing without one, so the
 * gateway's checks cannot be bypassed by calling a subgraph directly.
 */
export async function signForwardedIdentity(
  identity: Identity,
  requestId: string,
  secret: string,
  target: string | readonly string[],
): Promise<string> {
  const audience = (typeof target === 'string' ? [target] : [...target]).map(forwardedAudience);
  return new SignJWT({ identity, rid: requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audience.length === 1 ? audience[0] : audience)
    .setIssuedAt()
    .setExpirationTime(`${FORWARDED_IDENTITY_LIFETIME_SECONDS}s`)
    .sign(key(secret));
}

/** `target` is the verifying service's own name: a token for another target is refused. */
export async function verifyForwardedIdentity(
  token: string,
  secret: string,
  target: string,
): Promise<{ identity: Identity; requestId: string }> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: forwardedAudience(target),
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat'],
      clockTolerance: FORWARDED_CLOCK_TOLERANCE_SECONDS,
      maxTokenAge: FORWARDED_IDENTITY_LIFETIME_SECONDS + FORWARDED_CLOCK_TOLERANCE_SECONDS,
    });
    const identity = identitySchema.parse(payload.identity);
    return { identity, requestId: String(payload.rid ?? '') };
  } catch {
    throw new ForwardingRejectedError('request did not come through the gateway');
  }
}
