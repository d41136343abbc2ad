/**
 * "Sola kommune (demo)": a stand-in municipal portal on its own origin (:4080) that embeds the
 * Samspill components and the iframe from the gateway (:4000), as a portal would. `npm start`
 * runs it; tests start it in-process on port 0.
 */
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface DemoPortalOptions {
  port: number;
  host?: string;
  /** The gateway as the browser reaches it, e.g. http://localhost:4000 (a function: known only after the portal listens). */
  gatewayUrl: string | (() => string);
  networkId?: string;
  municipality?: string;
  /** Seconds between the components' refreshes. */
  refresh?: number;
}

export interface RunningDemoPortal {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

const TEXT = {
  nb: {
    SKIP: 'Hopp til innholdet',
    LANGUAGE: 'Språk',
    HEADING: 'Digitalisering i Sola kommune',
    LEAD: 'Slik jobber Sola med digitalisering sammen med kommunene i Digi Rogaland. Tallene hentes direkte fra Samspill.',
    IFRAME_HEADING: 'Den samme oversikten som iframe',
    IFRAME_LEAD: 'For publiseringsløsninger som ikke kan kjøre skript (her på nynorsk).',
    IFRAME_TITLE: 'Digitaliseringsprosjekter i Sola (Samspill)',
    FOOTER: 'Demoside for Samspill – ikke Sola kommunes nettsted.',
  },
  nn: {
    SKIP: 'Hopp til innhaldet',
    LANGUAGE: 'Språk',
    HEADING: 'Digitalisering i Sola kommune',
    LEAD: 'Slik arbeider Sola med digitalisering saman med kommunane i Digi Rogaland. Tala blir henta direkte frå Samspill.',
    IFRAME_HEADING: 'Den same oversikta som iframe',
    IFRAME_LEAD: 'For publiseringsløysingar som ikkje kan køyre skript.',
    IFRAME_TITLE: 'Digitaliseringsprosjekt i Sola (Samspill)',
    FOOTER: 'Demoside for Samspill – ikkje nettstaden til Sola kommune.',
  },
  en: {
    SKIP: 'Skip to content',
    LANGUAGE: 'Language',
    HEADING: 'Digitalisation in Sola municipality',
    LEAD: 'How Sola works on digitalisation with the municipalities of Digi Rogaland. Figures come straight from Samspill.',
    IFRAME_HEADING: 'The same overview as an iframe',
    IFRAME_LEAD: 'For publishing systems that cannot run scripts (shown in Nynorsk).',
    IFRAME_TITLE: 'Digitalisation projects in Sola (Samspill)',
    FOOTER: 'A demo page for Samspill – not Sola municipality’s website.',
  },
} as const;

const DEMO_DIR = join(__dirname, '../demo');

/** The first launched initiative of the network, for the initiative component (looked up anonymously). */
async function firstLaunchedInitiative(gatewayUrl: string, networkId: string): Promise<string | null> {
  try {
    const res = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query($n: String) { initiatives(networkId: $n, status: LAUNCHED, first: 1) { edges { node { id } } } }`, variables: { n: networkId } }),
    });
    const body = (await res.json()) as { data?: { initiatives: { edges: { node: { id: string } }[] } } };
    return body.data?.initiatives.edges[0]?.node.id ?? null;
  } catch {
    return null;
  }
}

export async function startDemoPortal(options: DemoPortalOptions): Promise<RunningDemoPortal> {
  const gatewayOf = () => (typeof options.gatewayUrl === 'string' ? options.gatewayUrl : options.gatewayUrl()).replace(/\/$/, '');
  const municipality = options.municipality ?? '1124';
  const template = readFileSync(join(DEMO_DIR, 'index.html'), 'utf8');
  const assets: Record<string, [string, string]> = {
    '/portal.css': ['text/css', readFileSync(join(DEMO_DIR, 'portal.css'), 'utf8')],
    '/portal.js': ['text/javascript', readFileSync(join(DEMO_DIR, 'portal.js'), 'utf8')],
  };
  // The CSP lines the README tells portals to add.
  const cspFor = (gateway: string) => [
    "default-src 'self'",
    `script-src 'self' ${gateway}`,
    `connect-src 'self' ${gateway}`,
    `frame-src ${gateway}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
  ].join('; ');

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://portal');
      const asset = assets[url.pathname];
      if (asset) {
        res.writeHead(200, { 'content-type': `${asset[0]}; charset=utf-8` }).end(asset[1]);
        return;
      }
      if (url.pathname !== '/') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      const gateway = gatewayOf();
      const lang = (['nb', 'nn', 'en'] as const).find((l) => l === url.searchParams.get('lang')) ?? 'nb';
      const initiative = await firstLaunchedInitiative(gateway, options.networkId ?? 'digi-rogaland');
      const values: Record<string, string> = {
        ...TEXT[lang],
        LANG: lang,
        GATEWAY: gateway,
        MUNICIPALITY: municipality,
        REFRESH: String(options.refresh ?? 5),
        INITIATIVE: initiative ? `<samspill-initiative initiative="${initiative}" refresh="${options.refresh ?? 5}"></samspill-initiative>` : '',
        CURRENT_nb: lang === 'nb' ? 'aria-current="page"' : '',
        CURRENT_nn: lang === 'nn' ? 'aria-current="page"' : '',
        CURRENT_en: lang === 'en' ? 'aria-current="page"' : '',
      };
      const page = template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': cspFor(gateway), 'cache-control': 'no-store' }).end(page);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : (options.host ?? '127.0.0.1')}:${port}`,
    server,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (require.main === module) {
  const port = Number(process.env.DEMO_PORTAL_PORT ?? 4080);
  const gatewayUrl = process.env.DEMO_GATEWAY_URL ?? `http://localhost:${process.env.GATEWAY_PORT ?? 4000}`;
  startDemoPortal({ port, gatewayUrl })
    .then((p) => console.error(`[demo-portal] Sola kommune (demo) at http://localhost:${port}/ (embeds from ${gatewayUrl})`, p.url))
    .catch((err: Error) => {
      console.error(`[demo-portal] failed: ${err.message}`);
      process.exit(1);
    });
}
