import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { embedFiles } from '../embed-files';

describe('embedFiles', () => {
  const built = mkdtempSync(join(tmpdir(), 'embed-files-'));
  writeFileSync(join(built, 'samspill.ABC123.js'), 'export {};\n');
  writeFileSync(join(built, 'manifest.json'), JSON.stringify({ file: 'samspill.ABC123.js', integrity: 'sha384-x' }));
  const app = express();
  app.use('/embed', embedFiles(built));
  app.use('/none', embedFiles(mkdtempSync(join(tmpdir(), 'embed-none-'))));
  let base = '';
  let close: () => void;

  beforeAll(async () => {
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('serves the stable name as a re-export of the hashed file, which is immutable', async () => {
    const stable = await fetch(`${base}/embed/samspill.js`);
    expect(await stable.text()).toBe("import './samspill.ABC123.js';\n");
    expect(stable.headers.get('cache-control')).toMatch(/max-age=300/);
    const hashed = await fetch(`${base}/embed/samspill.ABC123.js`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves iframe pages for valid ids only, in a known language, with the bundle pinned by SRI', async () => {
    const page = await (await fetch(`${base}/embed/portfolio/1124?lang=nn`)).text();
    expect(page).toContain('<samspill-portfolio municipality="1124" lang="nn">');
    expect(page).toContain('integrity="sha384-x"');
    expect(await (await fetch(`${base}/embed/benefits/1124?lang=xx`)).text()).toContain('lang="nb"');
    expect((await fetch(`${base}/embed/portfolio/11%22%3E24`)).status).toBe(404);
    expect((await fetch(`${base}/embed/initiative/${'a'.repeat(65)}`)).status).toBe(404);
  });

  it('says how to build the bundle when there is none', async () => {
    const res = await fetch(`${base}/none/samspill.js`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run embed:build');
  });
});
