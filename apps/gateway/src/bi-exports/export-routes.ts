import type { Request, RequestHandler, Response, Router } from 'express';
import { Router as createRouter } from 'express';
import { BI_EXPORTS } from './export-owners';
import { classifyExportPath } from './export-path';

const refuse = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** The path the owning service is asked for: the canonical one, rebuilt from its parts, with the query as sent. */
export function forwardedExportPath(req: Request, res: Response): string {
  const query = req.originalUrl.indexOf('?');
  return `${res.locals.exportPath as string}${query < 0 ? '' : req.originalUrl.slice(query)}`;
}

/**
 * /export/<name>.<format>: picks the subgraph that owns the export by its name and hands the
 * request to that subgraph's proxy (which authenticates the caller and streams the body).
 * /export lists the exports, for discovery.
 */
export function biExportRoutes(proxyTo: (subgraph: string) => RequestHandler, before: RequestHandler[]): Router {
  const proxies = new Map([...new Set(Object.values(BI_EXPORTS))].map((s) => [s, proxyTo(s)]));
  const router = createRouter();
  // Every path aimed at /export, however spelt, is judged here first: only canonical paths to a known export go on.
  router.use((req, res, next) => {
    const path = classifyExportPath(req.path);
    if (path.kind === 'other') return next();
    if (path.kind === 'malformed') return refuse(res, 400, 'BAD_REQUEST', 'not an export path; see /export for the list');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res.set('allow', 'GET, HEAD'), 405, 'BAD_REQUEST', 'exports are read with GET');
    if (path.kind === 'file') {
      if (!BI_EXPORTS[path.name]) return refuse(res, 404, 'NOT_FOUND', 'no such export; see /export for the list');
      res.locals.exportPath = path.path;
      res.locals.exportOwner = BI_EXPORTS[path.name];
    }
    next();
  });
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
  router.get('/export/:file', ...before, (req, res, next) => proxies.get(res.locals.exportOwner as string)!(req, res, next));
  return router;
}
