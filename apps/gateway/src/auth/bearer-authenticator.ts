import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, BearerVerifier, createBearerVerifier, Identity, loadOrCreateDevKeyPair } from '@samspill/server-auth';
import { ErrorCode } from '@samspill/server-graphql';
import { devKeyPath, GatewayConfig } from '../config';

export type Authenticator = (authorization: string | undefined) => Promise<Identity>;

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i;

function rejected(): GraphQLError {
  return new GraphQLError('the bearer token is invalid or expired', {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) },
    },
  });
}

/**
 * No Authorization header means an anonymous caller. A header that is present but not a valid
 * token is refused outright (401) rather than downgraded to anonymous, so a client with a
 * broken or expired token finds out instead of silently seeing less.
 */
export function createAuthenticator(verify: BearerVerifier): Authenticator {
  return async (authorization) => {
    if (authorization === undefined) return ANONYMOUS;
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw rejected();
    try {
      return await verify(token);
    } catch {
      throw rejected();
    }
  };
}

/** Production verifies against the identity provider's JWKS; development against the local key. */
export async function createGatewayVerifier(config: GatewayConfig): Promise<BearerVerifier> {
  const rules = {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    maxLifetimeSeconds: config.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    clockToleranceSeconds: config.AUTH_CLOCK_SKEW_SECONDS,
  };
  const keyPath = devKeyPath(config);
  if (keyPath === null) return createBearerVerifier({ ...rules, jwksUrl: config.AUTH_JWKS_URL });
  const { publicKey } = await loadOrCreateDevKeyPair(keyPath);
  return createBearerVerifier({ ...rules, devPublicKey: publicKey });
}
