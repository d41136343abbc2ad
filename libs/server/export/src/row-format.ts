import { ColumnType, ExportColumn } from './dataset';

export type ExportFormat = 'csv' | 'ndjson';

/** CSV dialect. Norwegian Excel opens `;`-separated files with decimal commas and needs a BOM to read UTF-8. */
export interface CsvOptions {
  delimiter: ',' | ';' | '\t';
  decimalComma: boolean;
  bom: boolean;
}

export const CSV_DEFAULT: CsvOptions = { delimiter: ',', decimalComma: false, bom: false };
export const CSV_EXCEL_NB: CsvOptions = { delimiter: ';', decimalComma: true, bom: true };

const DELIMITERS: Record<string, CsvOptions['delimiter']> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t' };

/** The format query parameters; anything else in the query string is a filter. */
export const FORMAT_PARAMS = ['since', 'delimiter', 'decimal', 'bom', 'dialect'] as const;

/** `dialect=excel-nb` sets all three; `delimiter`, `decimal` and `bom` override one at a time. */
export function csvOptions(q: Record<string, unknown>): CsvOptions | string {
  const base = q.dialect === undefined ? CSV_DEFAULT : q.dialect === 'excel-nb' ? CSV_EXCEL_NB : null;
  if (!base) return 'dialect must be excel-nb';
  const out = { ...base };
  if (q.delimiter !== undefined) {
    const d = DELIMITERS[String(q.delimiter)];
    if (!d) return 'delimiter must be comma, semicolon or tab';
    out.delimiter = d;
  }
  if (q.decimal !== undefined) {
    if (q.decimal !== 'comma' && q.decimal !== 'point') return 'decimal must be comma or point';
    out.decimalComma = q.decimal === 'comma';
  }
  if (q.bom !== undefined) {
    if (!['true', 'false', '1', '0'].includes(String(q.bom))) return 'bom must be true or false';
    out.bom = q.bom === 'true' || q.bom === '1';
  }
  return out;
}

/** Plain JSON value of one cell: timestamps as ISO 8601 UTC, numbers of exact decimals kept as strings. */
export function cellValue(type: ColumnType, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (type === 'integer') return Number(value);
  if (type === 'boolean') return value === true || value === 't' || value === 'true';
  return String(value);
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

type CellWriter = (value: unknown) => string;

/** One writer per column, decided once: the per-cell work of a large export is only what that column needs. */
function cellWriter(column: ExportColumn, options: CsvOptions): CellWriter {
  const special = options.delimiter === ',' ? /[",\r\n]/ : options.delimiter === ';' ? /[";\r\n]/ : /["\t\r\n]/;
  const quote = (text: string) => (special.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  switch (column.type) {
    case 'decimal':
      // A decimal comma would split the cell when the delimiter is a comma: quote it then.
      return options.decimalComma
        ? (v) => (v === null || v === undefined ? '' : options.delimiter === ',' ? `"${String(v).replace('.', ',')}"` : String(v).replace('.', ','))
        : (v) => (v === null || v === undefined ? '' : String(v));
    case 'integer':
    case 'boolean':
      return (v) => {
        const c = cellValue(column.type, v);
        return c === null ? '' : String(c);
      };
    case 'date':
    case 'timestamp':
      return (v) => {
        const c = cellValue(column.type, v);
        return c === null ? '' : quote(String(c));
      };
    default:
      return (v) => {
        if (v === null || v === undefined) return '';
        const text = String(v);
        return quote(text.length > 0 && FORMULA_START.has(text[0]) ? `'${text}` : text);
      };
  }
}

export function csvHeader(columns: ExportColumn[], options: CsvOptions): string {
  return `${options.bom ? '\uFEFF' : ''}${columns.map((c) => c.name).join(options.delimiter)}\r\n`;
}

/** Compiles the row writer of one export: call once per export, then once per row. */
export function csvRowWriter(columns: ExportColumn[], options: CsvOptions): (row: Record<string, unknown>) => string {
  const writers = columns.map((c) => [c.name, cellWriter(c, options)] as const);
  return (row) => {
    let line = '';
    for (let i = 0; i < writers.length; i++) line += (i === 0 ? '' : options.delimiter) + writers[i][1](row[writers[i][0]]);
    return `${line}\r\n`;
  };
}

export function csvRow(columns: ExportColumn[], row: Record<string, unknown>, options: CsvOptions): string {
  return csvRowWriter(columns, options)(row);
}

/** Compiles the NDJSON row writer of one export: call once per export, then once per row. */
export function ndjsonRowWriter(columns: ExportColumn[]): (row: Record<string, unknown>) => string {
  const names = columns.map((c) => c.name);
  const types = columns.map((c) => c.type);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) out[names[i]] = cellValue(types[i], row[names[i]]);
    return `${JSON.stringify(out)}\n`;
  };
}

export function ndjsonRow(columns: ExportColumn[], row: Record<string, unknown>): string {
  return ndjsonRowWriter(columns)(row);
}
