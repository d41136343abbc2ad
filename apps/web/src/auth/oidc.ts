import type { UserManager } from 'oidc-client-ts';
import type { AppConfig } from '../app-config';

type OidcAuth = Extract<AppConfig['auth'], { mode: 'oidc' }>;

/**
 * OpenID Connect, authorization code flow with PKCE (oidc-client-ts does both), for production.
 * Loaded on demand so development and anonymous visitors never download it. State and tokens
 * go to sessionStorage only.
 */
async function userManager(auth: OidcAuth): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: auth.issuer,
    client_id: auth.clientId,
    redirect_uri: `${window.location.origin}/auth/callback`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: auth.scope,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export async function oidcSignIn(auth: OidcAuth, returnTo: string): Promise<void> {
  await (await userManager(auth)).signinRedirect({ state: returnTo });
}

/** Completes the redirect back from the identity provider; returns the access token and where to go. */
export async function oidcCallback(auth: OidcAuth): Promise<{ token: string; returnTo: string }> {
  const user = await (await userManager(auth)).signinRedirectCallback();
  return { token: user.access_token, returnTo: typeof user.state === 'string' ? user.state : '/' };
}

export async function oidcSignOut(auth: OidcAuth): Promise<void> {
  await (await userManager(auth)).removeUser();
}
