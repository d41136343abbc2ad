import type { Server } from 'node:http';
import express, { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Logger } from '@samspill/server-config';
import { FORWARDED_IDENTITY_HEADER, Identity, verifyForwardedIdentity } from '@samspill/server-auth';
import { closeServer, listen } from '@samspill/server-graphql';
import { factScope, mayReadFacts } from '../common/access-policy';
import { factsQuery } from '../realisation/realisation.sql';
import { BenefitKind } from '../benefit/benefit.type';
import { csvHeader, csvLine, ndjsonLine } from './fact-format';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const filterSchema = z.object({
  municipalityId: z.string().regex(/^\d{4}$/).optional(),
  initiativeId: z.string().min(1).max(100).optional(),
  goalId: z.string().min(1).max(100).optional(),
  focusAreaId: z.string().min(1).max(100).optional(),
  networkId: z.string().min(1).max(100).optional(),
  projectId: z.string().min(1).max(100).optional(),
  type: z.enum(BenefitKind).optional(),
  from: z.string().regex(DATE).optional(),
  to: z.string().regex(DATE).optional(),
});

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

export interface ExportOptions {
  port: number;
  internalAuthSecret: string;
  batchSize: number;
  logger: Logger;
}

/**
 * GET /export/benefit-facts.csv and .json (NDJSON): the same rows as the benefitFacts query, for BI
 * tools. Only the gateway can call it (signed identity, as for /graphql). Rows come from a
 * server-side cursor a batch at a time and the next batch is fetched only once the socket has
 * drained, so memory stays flat at any size.
 */
export async function startExportServer(ds: DataSource, options: ExportOptions): Promise<{ port: number; stop(): Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/export/benefit-facts.:format', async (req: Request, res: Response) => {
    const format = req.params.format;
    if (format !== 'csv' && format !== 'json') return void fail(res, 404, 'NOT_FOUND', 'use benefit-facts.csv or benefit-facts.json');
    let identity: Identity;
    try {
      const header = req.headers[FORWARDED_IDENTITY_HEADER];
      if (typeof header !== 'string') throw new Error('missing');
      identity = (await verifyForwardedIdentity(header, options.internalAuthSecret)).identity;
    } catch {
      return void fail(res, 401, 'UNAUTHENTICATED', 'request did not come through the gateway');
    }
    const scope = factScope(identity);
    if (identity.subject === null) return void fail(res, 401, 'UNAUTHENTICATED', 'exports need a signed-in caller');
    if (!mayReadFacts(scope)) return void fail(res, 403, 'FORBIDDEN', 'benefit facts are for analysts, network administrators and municipality editors');
    const filter = filterSchema.safeParse(req.query);
    if (!filter.success) return void fail(res, 400, 'BAD_USER_INPUT', `invalid filter: ${filter.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    await streamFacts(ds, res, format, factsQuery(filter.data, scope, null, null), options);
  });
  const { server, port } = await listen(app, options.port);
  return { port, stop: () => closeServer(server as Server) };
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
