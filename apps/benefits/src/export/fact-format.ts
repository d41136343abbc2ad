import { FACT_COLUMNS } from '../realisation/realisation.sql';

type FactRow = Record<string, unknown>;

/** RFC 4180: quote a field that holds a separator, quote or line break; double inner quotes. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvHeader = () => `${FACT_COLUMNS.join(',')}\r\n`;

export const csvLine = (row: FactRow) => `${FACT_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`;

export const ndjsonLine = (row: FactRow) => `${JSON.stringify(Object.fromEntries(FACT_COLUMNS.map((c) => [c, row[c] ?? null])))}\n`;
