import { FACT_COLUMNS } from '../realisation/realisation.sql';

type FactRow = Record<string, unknown>;

/** A cell a spreadsheet would run as a formula (OWASP "CSV Injection": = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number is data to every spreadsheet, also when negative: it is left as it is. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * RFC 4180: quote a field that holds a separator, quote or line break; double inner quotes.
 * Text starting like a formula (indicator names, sources and comments are typed by users) is
 * neutralised as OWASP advises: prefixed with a single quote and quoted, so Excel and
 * LibreOffice show it as text instead of evaluating it.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvHeader = () => `${FACT_COLUMNS.join(',')}\r\n`;

export const csvLine = (row: FactRow) => `${FACT_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`;

export const ndjsonLine = (row: FactRow) => `${JSON.stringify(Object.fromEntries(FACT_COLUMNS.map((c) => [c, row[c] ?? null])))}\n`;
