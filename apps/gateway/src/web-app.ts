import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { RequestHandler, Router } from 'express';

export interface WebAppOptions {
  /** The built app (vite build output: index.html + assets/). */
  dir: string;
  /** What the app reads at start: which network to show and how to sign in. */
  appConfig: WebAppConfig;
}

export interface WebAppConfig {
  networkId: string;
  auth: { mode: 'dev' } | { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'none' };
}

/** Paths the gateway answers itself; the SPA fallback never shadows them. */
const API_PREFIXES = ['/graphql', '/export', '/dev', '/health', '/ready', '/embed', '/changes'];

/**
 * A strict Content-Security-Policy: only our own scripts, styles and API; no inline script, no
 * eval, no framing. The identity provider is the one other origin the app talks to (OIDC).
 */
export function contentSecurityPolicy(config: WebAppConfig): string {
  const idp = config.auth.mode === 'oidc' ? ` ${new URL(config.auth.issuer).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${idp}`,
    `form-action 'self'${idp}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Serves the web app at /: hashed assets with a year-long immutable cache, everything else
 * revalidated, and index.html for any other GET that wants HTML (client-side routes such as
 * /matrix), so bookmarks and portal links to deep routes work.
 */
export function webAppRouter({ dir, appConfig }: WebAppOptions): Router {
  const router = Router();
  const csp = contentSecurityPolicy(appConfig);
  const securityHeaders: RequestHandler = (_req, res, next) => {
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  };
  const index = join(dir, 'index.html');

  router.get('/app-config.json', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json(appConfig);
  });
  router.use(
    '/assets',
    securityHeaders,
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  router.use(securityHeaders, express.static(dir, { index: false, maxAge: 0 }));
  router.get('/{*path}', securityHeaders, (req, res, next) => {
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(404).type('text/plain').send('The web app is not built: run `npm run build:web` (npm start does it).');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
