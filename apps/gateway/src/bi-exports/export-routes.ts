import type { RequestHandler, Router } from 'express';
import { Router as createRouter } from 'express';
import { BI_EXPORTS } from './export-owners';

const FILE = /^([a-z][a-z0-9-]*)\.(csv|json|ndjson|columns\.json)$/;

/**
 * /export/<name>.<format>: picks the subgraph that owns the export by its name and hands the
 * request to that subgraph's proxy (which authenticates the caller and streams the body).
 * /export lists the exports, for discovery.
 */
export function biExportRoutes(proxyTo: (subgraph: string) => RequestHandler, before: RequestHandler[]): Router {
  const proxies = new Map([...new Set(Object.values(BI_EXPORTS))].map((s) => [s, proxyTo(s)]));
  const router = createRouter();
  router.get('/export', (_req, res) => {
    res.json({
      exports: Object.keys(BI_EXPORTS).map((name) => ({
        name,
        csv: `/export/${name}.csv`,
        ndjson: `/export/${name}.ndjson`,
        columns: `/export/${name}.columns.json`,
      })),
      documentation: 'docs/bi.md',
    });
  });
  router.get('/export/:file', ...before, (req, res, next) => {
    const match = FILE.exec(String(req.params.file));
    const owner = match ? BI_EXPORTS[match[1]] : undefined;
    if (!owner) {
      res.status(404).json({ errors: [{ message: `no such export; see /export for the list`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    return proxies.get(owner)!(req, res, next);
  });
  return router;
}
