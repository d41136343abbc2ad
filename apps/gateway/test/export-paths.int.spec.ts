import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { biExportRoutes, forwardedExportPath } from '../src/bi-exports/export-routes';

/** A raw request: the path goes out exactly as written (fetch would resolve `..` itself). */
function get(port: number, path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The gateway's export routes with a recording stand-in for the owning service: which paths reach
 * a service, and exactly what it is asked for (issue 11: only known exports, normalised paths).
 */
describe('export paths at the gateway', () => {
  const forwarded: { subgraph: string; path: string }[] = [];
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let port: number;

  beforeAll(async () => {
    const app = express();
    app.use(biExportRoutes((subgraph) => (req, res) => {
      forwarded.push({ subgraph, path: forwardedExportPath(req, res) });
      res.status(200).send('forwarded');
    }, []));
    // Whatever is not an export: the gateway's other routes.
    app.use((_req, res) => res.status(404).send('elsewhere'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  beforeEach(() => (forwarded.length = 0));

  it('forwards a known export to its owner, as the canonical path with the query as sent', async () => {
    expect(await get(port, '/export/projects.csv?since=2026-01-01T00:00:00Z')).toEqual({ status: 200, body: 'forwarded' });
    expect(await get(port, '/export/benefit-facts.columns.json')).toEqual({ status: 200, body: 'forwarded' });
    expect(forwarded).toEqual([
      { subgraph: 'portfolios', path: '/export/projects.csv?since=2026-01-01T00:00:00Z' },
      { subgraph: 'benefits', path: '/export/benefit-facts.columns.json' },
    ]);
  });

  it.each([
    '/export/../graphql',
    '/export/projects.csv/../../graphql',
    '/export/%2e%2e/graphql',
    '/export/%2e%2e%2fgraphql',
    '/export/%252e%252e%252fgraphql',
    '/export/..%5cgraphql',
    '/export/.%2e/graphql',
    '//export/projects.csv',
    '/export//projects.csv',
    '/export/projects.csv/',
    '/export/projects.csv;jsessionid=1',
    '/export/projects.csv%00.txt',
    '/export/projects.csv.bak',
    '/EXPORT/projects.csv',
    '/export/Projects.csv',
    '/export/projects.CSV',
    '/export/',
    '/export.csv',
    '/export/projects.csv/extra',
  ])('refuses %s with 400 and forwards nothing', async (path) => {
    const res = await get(port, path);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(forwarded).toEqual([]);
  });

  it('answers an unknown export 404, another method 405, and leaves other paths alone', async () => {
    expect((await get(port, '/export/no-such-export.csv')).status).toBe(404);
    expect((await get(port, '/export/projects.csv', 'POST')).status).toBe(405);
    expect((await get(port, '/export')).status).toBe(200);
    expect(await get(port, '/exports/projects.csv')).toEqual({ status: 404, body: 'elsewhere' });
    expect(forwarded).toEqual([]);
  });
});
