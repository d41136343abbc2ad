import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '@samspill/server-config';
import { ExportColumn, ExportDataset, ROW_DELETED, SqlQuery } from './dataset';
import { CsvOptions, csvHeader, csvRowWriter, ExportFormat, ndjsonRowWriter } from './row-format';
import { SNAPSHOT_WATERMARK_SQL, WATERMARK_HEADER } from './watermark';

export interface StreamOptions {
  format: ExportFormat;
  csv: CsvOptions;
  batchSize: number;
  logger: Logger;
}

/**
 * Streams a query's rows from a server-side cursor a batch at a time, fetching the next batch only
 * once the socket has drained, so memory stays flat at any size. The whole export reads one
 * snapshot, whose xmin is the watermark for the next incremental load (sent as a header, before
 * the first row).
 */
export async function streamExport(
  ds: DataSource,
  res: Response,
  dataset: ExportDataset<unknown>,
  queries: SqlQuery[],
  options: StreamOptions,
): Promise<void> {
  const columns: ExportColumn[] = [...dataset.columns, ROW_DELETED];
  const runner = ds.createQueryRunner();
  let closed = false;
  res.on('close', () => (closed = true));
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.once('drain', done);
      res.once('close', done);
    });
  try {
    await runner.connect();
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ watermark }] = await runner.query(SNAPSHOT_WATERMARK_SQL);
    const extension = options.format === 'csv' ? 'csv' : 'ndjson';
    res.status(200);
    res.setHeader('content-type', options.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${dataset.name}.${extension}"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader(WATERMARK_HEADER, watermark);
    if (options.format === 'csv') res.write(csvHeader(columns, options.csv));
    const line = options.format === 'csv' ? csvRowWriter(columns, options.csv) : ndjsonRowWriter(columns);
    // Changed rows, then tombstones: each its own cursor, all in the one snapshot.
    for (const [i, q] of queries.entries()) {
      await runner.query(`DECLARE export_rows_${i} NO SCROLL CURSOR FOR ${q.text}`, q.values);
      while (!closed) {
        const rows: Record<string, unknown>[] = await runner.query(`FETCH ${options.batchSize} FROM export_rows_${i}`);
        if (rows.length === 0) break;
        let chunk = '';
        for (const row of rows) {
          if (dataset.expand && row.rowDeleted !== true) for (const r of dataset.expand(row)) chunk += line(r);
          else chunk += line(row);
        }
        if (!res.write(chunk)) await drained();
      }
    }
    await runner.query('COMMIT');
    res.end();
  } catch (err) {
    options.logger.error({ err, dataset: dataset.name }, 'export failed');
    await runner.query('ROLLBACK').catch(() => undefined);
    // Headers may be out already: cutting the connection is the only honest signal left.
    if (res.headersSent) res.destroy();
    else res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  } finally {
    await runner.release();
  }
}
