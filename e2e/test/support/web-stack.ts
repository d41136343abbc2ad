import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { E2EStack, startE2EStack } from './e2e-stack';

const ROOT = join(__dirname, '../../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Git-ignored: screenshots the browser tests write, to look at. */
export const SCREENSHOTS = join(ROOT, 'test-output/web-screenshots');

export type PersonaId = 'admin' | 'sola' | 'stavanger' | 'sandnes' | 'analyst' | 'participant';

export interface WebStack {
  stack: E2EStack;
  /** http://127.0.0.1:<port> — the gateway serving the app at / and the API at /graphql. */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own sessionStorage) at the given width, signed in as the persona if given. */
  open(options?: { persona?: PersonaId; width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page }>;
  /** A development token for a persona, from the gateway's /dev/token (as the sign-in page gets it). */
  tokenFor(persona: PersonaId): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real stack (every service, the gateway serving the built app) loaded with the demo data
 * through the API by the demo seed, and Debian's chromium driven by playwright-core.
 */
export async function startWebStack(): Promise<WebStack> {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) throw new Error('dist/web is missing: run `npm run build:web` (npm test does)');
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const stack = await startE2EStack();
  const baseUrl = stack.gatewayUrl.replace(/\/graphql$/, '');
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/seed/demo-seed.ts')], {
      cwd: ROOT,
      // A few deciding members keep the seed short; the scenarios need Sola, Stavanger and Sandnes.
      env: { ...process.env, GATEWAY_URL: stack.gatewayUrl, AUTH_DEV_KEY_PATH: stack.tokens.keyPath, DEMO_DECIDING_MEMBERS: process.env.DEMO_DECIDING_MEMBERS ?? '6' },
      timeout: 600_000,
    });
  } catch (err) {
    await stack.stop();
    const { stderr, killed } = err as { stderr?: string; killed?: boolean };
    throw new Error(`demo seed failed${killed ? ' (timed out)' : ''}: ${stderr ?? (err as Error).message}`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const tokenFor = async (persona: PersonaId) => {
    const res = await fetch(`${baseUrl}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona }) });
    if (!res.ok) throw new Error(`/dev/token: HTTP ${res.status}`);
    return ((await res.json()) as { token: string }).token;
  };
  return {
    stack,
    baseUrl,
    browser,
    tokenFor,
    async open({ persona, width = 1440, height = 900 } = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
      if (persona) {
        const token = await tokenFor(persona);
        const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { name: string; samspill_roles: unknown[] };
        // The session as the sign-in page stores it (sessionStorage, this tab only).
        const session = JSON.stringify({ token, name: claims.name, grants: claims.samspill_roles });
        await context.addInitScript(`sessionStorage.setItem('samspill.session', ${JSON.stringify(session)})`);
      }
      return { context, page: await context.newPage() };
    },
    async stop() {
      await browser.close();
      await stack.stop();
    },
  };
}
