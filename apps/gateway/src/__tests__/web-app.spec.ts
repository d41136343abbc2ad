import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { devTokenRouter } from '../dev-token';
import { contentSecurityPolicy, webAppRouter } from '../web-app';

async function serve(app: express.Express): Promise<{ url: string; server: Server }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${address.port}`, server });
    });
  });
}

describe('web app serving', () => {
  let dir: string;
  let url: string;
  let server: Server;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samspill-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Samspill</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    const app = express();
    app.post('/graphql', (_req, res) => {
      res.json({ data: null });
    });
    app.use(webAppRouter({ dir, appConfig: { networkId: 'digi-rogaland', auth: { mode: 'dev' } } }));
    ({ url, server } = await serve(app));
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const res = await fetch(`${url}/assets/index-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers client-side routes with index.html, revalidated, under a strict CSP', async () => {
    for (const path of ['/', '/matrix', '/municipalities/1124', '/consultations/abc?lang=en']) {
      const res = await fetch(`${url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Samspill</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('never shadows the API and 404s missing assets', async () => {
    expect((await fetch(`${url}/graphql`, { method: 'POST', headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${url}/assets/missing-123.js`)).status).toBe(404);
  });

  it('tells the app which network and sign-in to use', async () => {
    const res = await fetch(`${url}/app-config.json`);
    expect(await res.json()).toEqual({ networkId: 'digi-rogaland', auth: { mode: 'dev' } });
  });

  it('lets the identity provider in the CSP only when OIDC is configured', () => {
    const csp = contentSecurityPolicy({ networkId: 'n', auth: { mode: 'oidc', issuer: 'https://idp.example.no/realms/x', clientId: 'web', scope: 'openid' } });
    expect(csp).toContain("connect-src 'self' https://idp.example.no");
  });
});

describe('development token endpoint', () => {
  async function withRouter(nodeEnv: string, keyPath: string | null, run: (url: string) => Promise<void>) {
    const app = express();
    app.use('/dev', devTokenRouter({ nodeEnv, keyPath, issuer: 'samspill-dev', audience: 'samspill' }));
    const { url, server } = await serve(app);
    try {
      await run(url);
    } finally {
      server.close();
    }
  }

  it('mints tokens for the demo personas only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samspill-key-'));
    await withRouter('development', join(dir, 'key.json'), async (url) => {
      const personas = (await (await fetch(`${url}/dev/personas`)).json()) as { personas: { id: string }[] };
      expect(personas.personas.map((p) => p.id)).toEqual(['admin', 'sola', 'stavanger', 'sandnes', 'analyst', 'participant']);
      const ok = await fetch(`${url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'sola' }) });
      expect(ok.status).toBe(200);
      const { token } = (await ok.json()) as { token: string };
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
      expect(claims.samspill_roles).toEqual([{ role: 'municipality-editor', municipality: '1124' }]);
      const bad = await fetch(`${url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'root' }) });
      expect(bad.status).toBe(400);
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not exist in production or with a real identity provider', async () => {
    for (const [env, key] of [['production', '/tmp/never-used.json'], ['development', null]] as const) {
      await withRouter(env, key, async (url) => {
        expect((await fetch(`${url}/dev/personas`)).status).toBe(404);
        const res = await fetch(`${url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"persona":"admin"}' });
        expect(res.status).toBe(404);
      });
    }
  });
});
