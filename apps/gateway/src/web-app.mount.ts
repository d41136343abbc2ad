import type { Express } from 'express';
import type { GatewayConfig } from './config';
import { devKeyPath } from './config';
import { devTokenRouter } from './dev-token';
import { WebAppConfig, webAppRouter } from './web-app';

/** How the web app signs in: a real identity provider if configured, else development personas outside production. */
export function webAppAuth(config: GatewayConfig): WebAppConfig['auth'] {
  if (config.WEB_OIDC_ISSUER && config.WEB_OIDC_CLIENT_ID) {
    return { mode: 'oidc', issuer: config.WEB_OIDC_ISSUER, clientId: config.WEB_OIDC_CLIENT_ID, scope: config.WEB_OIDC_SCOPE };
  }
  return config.NODE_ENV !== 'production' && devKeyPath(config) ? { mode: 'dev' } : { mode: 'none' };
}

/** Wires the development sign-in (/dev) and the web app (/) into the gateway, after the API routes. */
export function mountWebApp(app: Express, config: GatewayConfig): void {
  app.use(
    '/dev',
    devTokenRouter({ nodeEnv: config.NODE_ENV, keyPath: devKeyPath(config), issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }),
  );
  app.use(webAppRouter({ dir: config.WEB_APP_DIR, appConfig: { networkId: config.WEB_NETWORK_ID, auth: webAppAuth(config) } }));
}
