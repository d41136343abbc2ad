import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '@samspill/server-config';
import type { Caller, ServiceRoute } from '@samspill/server-graphql';
import { AnyExportDataset, columnDictionary, ExportDataset } from './dataset';
import { exportScope } from './export-scope';
import { streamExport } from './export-stream';
import { filterMessage } from './filter-message';
import { csvOptions, ExportFormat, FORMAT_PARAMS } from './row-format';
import { isWatermark, WATERMARK_HEADER } from './watermark';

export interface ExportRouteOptions {
  /** Rows per FETCH from the server-side cursor: bounds the memory one export holds. */
  batchSize?: number;
  logger: Logger;
}

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

const FILE = /^([a-z][a-z0-9-]*)\.(csv|json|ndjson|columns\.json)$/;

export const EXPORT_BATCH_DEFAULT = 2000;

/**
 * GET /export/<dataset>.csv | .ndjson (.json is an alias) | .columns.json, for BI tools, as a route
 * on the service's own port: the runtime lets only requests with the gateway's signed identity
 * through, as for /graphql; rows are limited to the caller's scope.
 */
export function exportRoute(ds: DataSource, datasets: readonly AnyExportDataset[], options: ExportRouteOptions): ServiceRoute {
  const byName = new Map(datasets.map((d) => [d.name, d as unknown as ExportDataset<unknown>]));
  const batchSize = options.batchSize ?? EXPORT_BATCH_DEFAULT;
  const handle = async (req: Request, res: Response, { identity }: Caller) => {
    const match = FILE.exec(String(req.params.file));
    const dataset = match && byName.get(match[1]);
    if (!match || !dataset) return void fail(res, 404, 'NOT_FOUND', `no such export; exports here: ${[...byName.keys()].join(', ')}`);
    // The dictionary describes columns, not data.
    if (match[2] === 'columns.json') return void res.json(columnDictionary(dataset));
    if (identity.subject === null) return void fail(res, 401, 'UNAUTHENTICATED', 'exports need a signed-in caller');
    const scope = exportScope(identity);
    if (!dataset.mayRead(scope)) return void fail(res, 403, 'FORBIDDEN', `the ${dataset.name} export is not available to this caller`);
    const query = req.query as Record<string, unknown>;
    const since = query.since === undefined ? null : String(query.since);
    if (since !== null && !isWatermark(since)) return void fail(res, 400, 'BAD_USER_INPUT', `since must be a watermark from the ${WATERMARK_HEADER} header`);
    const format: ExportFormat = match[2] === 'csv' ? 'csv' : 'ndjson';
    const csv = csvOptions(query);
    if (typeof csv === 'string') return void fail(res, 400, 'BAD_USER_INPUT', csv);
    const filterParams = Object.fromEntries(Object.entries(query).filter(([k]) => !(FORMAT_PARAMS as readonly string[]).includes(k)));
    const filter = dataset.filter.safeParse(filterParams);
    if (!filter.success) {
      return void fail(res, 400, 'BAD_USER_INPUT', filterMessage(filter.error.issues));
    }
    await streamExport(ds, res, dataset, dataset.query({ filter: filter.data, scope, since }), { format, csv, batchSize, logger: options.logger });
  };
  return { method: 'get', path: '/export/:file', handle };
}
