import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, KeyLike, SignJWT } from 'jose';
import { z } from 'zod';
import { Identity, roleGrantSchema, RoleGrant } from './identity';
import { DEV_KEY_ALG, DEV_KEY_ID } from './dev-keys';

export const TOKEN_ISSUER_DEFAULT = 'samspill-dev';
export const TOKEN_AUDIENCE_DEFAULT = 'samspill';

/** The claim that carries a caller's roles in a Samspill bearer token. */
export const ROLES_CLAIM = 'samspill_roles';

export const DEFAULT_MAX_LIFETIME_SECONDS = 12 * 3600;
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

export interface BearerVerifierOptions {
  issuer: string;
  audience: string;
  /** Longest accepted lifetime (exp − iat, or exp − now without iat); default 12 h. */
  maxLifetimeSeconds?: number;
  /** Tolerated clock difference with the token's issuer; default 30 s. */
  clockToleranceSeconds?: number;
  /** Production: keys from the identity provider's JWKS endpoint. */
  jwksUrl?: string;
  /** Development only: the local key. */
  devPublicKey?: KeyLike | Uint8Array;
}

export type BearerVerifier = (token: string) => Promise<Identity>;

export function createBearerVerifier(options: BearerVerifierOptions): BearerVerifier {
  const key = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : options.devPublicKey;
  if (!key) throw new Error('either a JWKS URL or a development key is required');
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
  const skew = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: skew,
        // A token without an expiry would be valid for ever (issue 11).
        requiredClaims: ['exp'],
      }));
    } catch (err) {
      const reason = err instanceof errors.JWTExpired ? 'token expired' : 'token signature or claims invalid';
      throw new InvalidTokenError(reason);
    }
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000);
    if (payload.exp! - issuedAt > maxLifetime + skew) throw new InvalidTokenError(`token lifetime exceeds ${maxLifetime} s`);
    if (typeof payload.iat === 'number' && payload.iat > Math.floor(Date.now() / 1000) + skew) throw new InvalidTokenError('token issued in the future');
    const grants = z.array(roleGrantSchema).safeParse(payload[ROLES_CLAIM] ?? []);
    if (!grants.success) throw new InvalidTokenError(`malformed ${ROLES_CLAIM} claim`);
    if (!payload.sub) throw new InvalidTokenError('token has no subject');
    return { subject: payload.sub, name: typeof payload.name === 'string' ? payload.name : null, grants: grants.data };
  };
}

export interface DevTokenOptions {
  subject: string;
  name?: string;
  grants: RoleGrant[];
  issuer?: string;
  audience?: string;
  expiresIn?: string;
}

export async function signDevToken(privateKey: KeyLike | Uint8Array, options: DevTokenOptions): Promise<string> {
  return new SignJWT({ [ROLES_CLAIM]: options.grants, ...(options.name ? { name: options.name } : {}) })
    .setProtectedHeader({ alg: DEV_KEY_ALG, kid: DEV_KEY_ID })
    .setSubject(options.subject)
    .setIssuer(options.issuer ?? TOKEN_ISSUER_DEFAULT)
    .setAudience(options.audience ?? TOKEN_AUDIENCE_DEFAULT)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(privateKey);
}
