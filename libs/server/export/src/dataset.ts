import type { z } from 'zod';

export type ColumnType = 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'timestamp';

/** One entry of a column dictionary: what a BI user needs to model the column. */
export interface ExportColumn {
  name: string;
  type: ColumnType;
  /** Unit of a number (NOK, days, the benefit's own unit …); absent when unitless. */
  unit?: string;
  description: string;
}

/** Which rows a caller may export: analysts everything, others their networks and municipalities. */
export interface ExportScope {
  all: boolean;
  networks: string[];
  municipalities: string[];
}

export interface SqlQuery {
  text: string;
  values: unknown[];
}

export interface ExportQueryInput<F> {
  filter: F;
  scope: ExportScope;
  /** Watermark of the previous load (`?since=`), or null for a full load. */
  since: string | null;
}

/**
 * One BI export. The query returns one row per exported record with the columns named as in
 * `columns`, plus `rowDeleted`: on incremental loads, records that left the export since the
 * watermark (corrected, reconsidered, hidden, removed) come back as tombstones — key columns
 * (and `supersededBy` where the dataset has it) set, `rowDeleted` true.
 */
export interface ExportDataset<F = Record<string, unknown>> {
  /** URL segment: /export/<name>.csv */
  name: string;
  description: string;
  /** The columns that identify a record; a loader upserts and deletes by them. */
  key: string[];
  columns: ExportColumn[];
  /** Filters accepted as query parameters, validated before anything runs. */
  filter: z.ZodType<F>;
  mayRead(scope: ExportScope): boolean;
  /** The rows, then (on incremental loads) the tombstones: run in order, in one snapshot. */
  query(input: ExportQueryInput<F>): SqlQuery[];
  /** Turns one query row into the exported rows (e.g. one row per question of a consultation); not applied to tombstones. */
  expand?(row: Record<string, unknown>): Record<string, unknown>[];
}

/** A dataset of any filter type, for lists of them (the filter type only matters inside each one). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each dataset has its own filter type; a list holds them all.
export type AnyExportDataset = ExportDataset<any>;

export const ROW_DELETED: ExportColumn = {
  name: 'rowDeleted',
  type: 'boolean',
  description:
    'true on a tombstone (incremental loads only): delete the record with this key from your copy; it was corrected, replaced, hidden or removed. false on every other row.',
};

/** The dictionary as served next to the export (and printed into docs/bi.md). */
export function columnDictionary(dataset: ExportDataset<unknown>) {
  return {
    dataset: dataset.name,
    description: dataset.description,
    key: dataset.key,
    columns: [...dataset.columns, ROW_DELETED].map((c) => ({ name: c.name, type: c.type, unit: c.unit ?? null, description: c.description })),
  };
}
