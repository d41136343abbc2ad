import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Logger } from '@samspill/server-config';
import { type Caller, ISO_DATE, type ServiceRoute } from '@samspill/server-graphql';
import { factScope, mayReadFacts } from '../common/access-policy';
import { factsQuery } from '../realisation/realisation.sql';
import { BenefitKind } from '../benefit/benefit.model';
import { csvHeader, csvLine, ndjsonLine } from './fact-format';
import { municipalityNumber } from '@samspill/contracts';
import { periodProblem } from '../realisation/period.rules';

/** Strict: a misspelt parameter must not silently widen the export to every row. */
const filterSchema = z.strictObject({
  municipalityId: municipalityNumber.optional(),
  initiativeId: z.string().min(1).max(100).optional(),
  goalId: z.string().min(1).max(100).optional(),
  focusAreaId: z.string().min(1).max(100).optional(),
  networkId: z.string().min(1).max(100).optional(),
  projectId: z.string().min(1).max(100).optional(),
  type: z.enum(BenefitKind).optional(),
  from: z.string().regex(ISO_DATE).optional(),
  to: z.string().regex(ISO_DATE).optional(),
});

/** Names every offending parameter: unknown ones, and known ones with a bad value. */
function filterMessage(issues: z.core.$ZodIssue[]): string {
  const unknown = issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
  const invalid = issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => i.path.join('.'));
  const parts = [];
  if (unknown.length) parts.push(`unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  if (invalid.length) parts.push(`invalid parameter${invalid.length > 1 ? 's' : ''} ${invalid.join(', ')}`);
  return parts.join('; ');
}

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

export interface ExportOptions {
  batchSize: number;
  logger: Logger;
}

/**
 * GET /export/benefit-facts.csv and .json (NDJSON): the same rows as the benefitFacts query, for BI
 * tools, served on the service's own port (the gateway proxies /export/…; the runtime lets only
 * requests with the gateway's signed identity through, as for /graphql). Rows come from a
 * server-side cursor a batch at a time and the next batch is fetched only once the socket has
 * drained, so memory stays flat at any size.
 */
export function benefitFactsExportRoute(ds: DataSource, options: ExportOptions): ServiceRoute {
  return {
    method: 'get',
    path: '/export/benefit-facts.:format',
    async handle(req: Request, res: Response, { identity }: Caller) {
      const format = req.params.format;
      if (format !== 'csv' && format !== 'json') return void fail(res, 404, 'NOT_FOUND', 'use benefit-facts.csv or benefit-facts.json');
      const scope = factScope(identity);
      if (identity.subject === null) return void fail(res, 401, 'UNAUTHENTICATED', 'exports need a signed-in caller');
      if (!mayReadFacts(scope)) return void fail(res, 403, 'FORBIDDEN', 'benefit facts are for analysts, network administrators and municipality editors');
      const filter = filterSchema.safeParse(req.query);
      if (!filter.success) return void fail(res, 400, 'BAD_USER_INPUT', filterMessage(filter.error.issues));
      const period = periodProblem(filter.data.from, filter.data.to);
      if (period) return void fail(res, 400, 'BAD_USER_INPUT', `invalid parameter ${period.field}: ${period.message}`);
      await streamFacts(ds, res, format, factsQuery(filter.data, scope, null, null), options);
    },
  };
}

async function streamFacts(ds: DataSource, res: Response, format: 'csv' | 'json', q: { text: string; values: unknown[] }, options: ExportOptions) {
  const runner = ds.createQueryRunner();
  let closed = false;
  res.on('close', () => (closed = true));
  const drained = () => new Promise<void>((resolve) => {
    const done = () => { res.off('drain', done); res.off('close', done); resolve(); };
    res.once('drain', done);
    res.once('close', done);
  });
  try {
    await runner.connect();
    // One snapshot for the whole export: rows recorded meanwhile neither appear half-way nor shift it.
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query(`DECLARE facts NO SCROLL CURSOR FOR ${q.text}`, q.values);
    res.status(200);
    res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="benefit-facts.${format === 'csv' ? 'csv' : 'ndjson'}"`);
    res.setHeader('cache-control', 'no-store');
    if (format === 'csv') res.write(csvHeader());
    const line = format === 'csv' ? csvLine : ndjsonLine;
    while (!closed) {
      const rows: Record<string, unknown>[] = await runner.query(`FETCH ${options.batchSize} FROM facts`);
      if (rows.length === 0) break;
      let chunk = '';
      for (const row of rows) chunk += line(row);
      if (!res.write(chunk)) await drained();
    }
    await runner.query('COMMIT');
    res.end();
  } catch (err) {
    options.logger.error({ err }, 'benefit facts export failed');
    await runner.query('ROLLBACK').catch(() => undefined);
    // Headers may be out already: cutting the connection is the only honest signal left.
    if (res.headersSent) res.destroy();
    else fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  } finally {
    await runner.release();
  }
}
