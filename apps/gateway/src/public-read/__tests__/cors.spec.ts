import express from 'express';
import type { AddressInfo } from 'node:net';
import { corsForApi } from '../cors';

describe('corsForApi', () => {
  const app = express();
  app.use(corsForApi(['https://www.sola.kommune.no']));
  app.get('/', (_req, res) => {
    res.json({ ok: true });
  });
  let base = '';
  let close: () => void;

  beforeAll(async () => {
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const preflight = (origin: string, headers = 'content-type') =>
    fetch(base, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': headers } });

  it('allows a listed origin, headers it accepts, and says the answer varies by origin', async () => {
    const res = await preflight('https://www.sola.kommune.no');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.sola.kommune.no');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('refuses unlisted origins and unknown request headers', async () => {
    expect((await preflight('https://evil.example')).status).toBe(403);
    expect((await preflight('https://www.sola.kommune.no', 'x-custom')).status).toBe(403);
    const simple = await fetch(base, { headers: { origin: 'https://evil.example' } });
    expect(simple.status).toBe(200);
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });
});
