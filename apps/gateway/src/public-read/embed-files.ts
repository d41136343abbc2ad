import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import { MUNICIPALITY_NUMBER } from '@samspill/contracts';

/** Written by `npm run embed:build` next to the bundle. */
export interface EmbedManifest {
  /** The content-hashed module, e.g. `samspill.3QF2K7ZD.js`. */
  file: string;
  /** SRI of that file, `sha384-…`. */
  integrity: string;
}

const LANGS = new Set(['nb', 'nn', 'en']);
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The stable name follows releases: short freshness, then revalidation. */
const STABLE = 'public, max-age=300, stale-while-revalidate=86400';

const escapeAttr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One component on a page of its own, for CMSs that can only place an iframe; it reports its height to the parent. */
function framePage(manifest: EmbedManifest, element: string, attrs: Record<string, string>, lang: string): string {
  const attributes = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Samspill</title>
<style>html,body{margin:0;padding:0;background:transparent;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}main{padding:0.5rem}</style>
<script type="module" src="/embed/${manifest.file}" integrity="${manifest.integrity}" crossorigin="anonymous"></script>
</head>
<body data-samspill-frame>
<main><${element}${attributes} lang="${lang}"></${element}></main>
</body>
</html>
`;
}

/**
 * /embed: the stable module name (a one-line re-export of the hashed file), the hashed file
 * (immutable, long cache), the build manifest, and iframe pages per component. Without a
 * built bundle every path answers 404 saying how to build it.
 */
export function embedFiles(dir: string): Router {
  const router = Router();
  let manifest: EmbedManifest | null = null;
  let module = '';
  const load = (): EmbedManifest | null => {
    if (manifest) return manifest;
    try {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as EmbedManifest;
      module = readFileSync(join(dir, m.file), 'utf8');
      manifest = m;
    } catch {
      return null;
    }
    return manifest;
  };
  router.use((_req, res, next) => {
    if (load()) next();
    else res.status(404).type('text/plain').send('the embed bundle is not built: run `npm run embed:build`\n');
  });
  router.get('/samspill.js', (_req, res) => {
    res.setHeader('cache-control', STABLE);
    res.type('text/javascript').send(`import './${manifest?.file}';\n`);
  });
  router.get('/manifest.json', (_req, res) => {
    res.setHeader('cache-control', STABLE);
    res.json(manifest);
  });
  router.get('/:file', (req, res, next) => {
    if (req.params.file !== manifest?.file) return next();
    res.setHeader('cache-control', IMMUTABLE);
    res.type('text/javascript').send(module);
  });
  const frame = (element: string, param: string, pattern: RegExp) =>
    router.get(`/${element.replace('samspill-', '')}/:id`, (req, res) => {
      const id = String(req.params.id);
      const lang = typeof req.query.lang === 'string' && LANGS.has(req.query.lang) ? req.query.lang : 'nb';
      if (!pattern.test(id)) {
        res.status(404).type('text/plain').send('not found\n');
        return;
      }
      res.setHeader('cache-control', STABLE);
      res.setHeader(
        'content-security-policy',
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
      );
      res.type('text/html').send(framePage(manifest as EmbedManifest, element, { [param]: id }, lang));
    });
  frame('samspill-portfolio', 'municipality', MUNICIPALITY_NUMBER);
  frame('samspill-benefits', 'municipality', MUNICIPALITY_NUMBER);
  frame('samspill-initiative', 'initiative', /^[A-Za-z0-9-]{1,64}$/);
  return router;
}
