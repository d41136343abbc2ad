import express, { Router } from 'express';
import { loadOrCreateDevKeyPair, RoleGrant, signDevToken } from '@samspill/server-auth';

/** The demo personas of the Digi Rogaland network, the only identities the endpoint mints. */
export const DEV_PERSONAS: readonly { id: string; name: string; grants: RoleGrant[] }[] = [
  { id: 'admin', name: 'Ada Admin (Digi Rogaland)', grants: [{ role: 'network-admin', network: 'digi-rogaland' }] },
  { id: 'sola', name: 'Siri Sola (Sola kommune)', grants: [{ role: 'municipality-editor', municipality: '1124' }] },
  { id: 'stavanger', name: 'Stian Stavanger (Stavanger kommune)', grants: [{ role: 'municipality-editor', municipality: '1103' }] },
  { id: 'sandnes', name: 'Sanna Sandnes (Sandnes kommune)', grants: [{ role: 'municipality-editor', municipality: '1108' }] },
  { id: 'analyst', name: 'Ane Analytiker', grants: [{ role: 'analyst' }] },
  { id: 'participant', name: 'Per Deltaker', grants: [{ role: 'participant' }] },
];

export interface DevTokenOptions {
  nodeEnv: string;
  /** The development signing key; null when tokens come from a real identity provider. */
  keyPath: string | null;
  issuer: string;
  audience: string;
}

/**
 * GET /dev/personas and POST /dev/token { persona }: the web app's development sign-in. Only
 * the fixed demo personas, short-lived tokens, and nothing at all in production or when a real
 * identity provider is configured (the route answers 404 there, as if it did not exist).
 */
export function devTokenRouter(options: DevTokenOptions): Router {
  const router = Router();
  const enabled = options.nodeEnv !== 'production' && options.keyPath !== null;
  router.use((_req, res, next) => {
    if (!enabled) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'development sign-in is not available on this server' } });
      return;
    }
    res.setHeader('cache-control', 'no-store');
    next();
  });
  router.get('/personas', (_req, res) => {
    res.json({ personas: DEV_PERSONAS });
  });
  router.post('/token', express.json({ limit: '1kb' }), async (req, res, next) => {
    try {
      const persona = DEV_PERSONAS.find((p) => p.id === (req.body as { persona?: unknown } | undefined)?.persona);
      if (!persona) {
        res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: `persona must be one of ${DEV_PERSONAS.map((p) => p.id).join(', ')}` } });
        return;
      }
      const { privateKey } = await loadOrCreateDevKeyPair(options.keyPath as string);
      const token = await signDevToken(privateKey, {
        subject: `dev-${persona.id}`,
        name: persona.name,
        grants: persona.grants,
        issuer: options.issuer,
        audience: options.audience,
        expiresIn: '8h',
      });
      res.json({ token, persona });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
