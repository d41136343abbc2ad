import { ExportColumn } from '../dataset';
import { CSV_DEFAULT, csvHeader, csvOptions, csvRow, ndjsonRow } from '../row-format';
import { changedSince, isWatermark } from '../watermark';
import { exportScope } from '../export-scope';

const columns: ExportColumn[] = [
  { name: 'name', type: 'string', description: 'n' },
  { name: 'amount', type: 'decimal', unit: 'NOK', description: 'a' },
  { name: 'count', type: 'integer', description: 'c' },
  { name: 'at', type: 'timestamp', description: 't' },
  { name: 'ok', type: 'boolean', description: 'b' },
];
const row = { name: 'Sola; "kommune"', amount: '-1234.50', count: '3', at: new Date('2026-01-02T03:04:05Z'), ok: true };

describe('export row formats', () => {
  it('writes RFC 4180 CSV by default', () => {
    expect(csvHeader(columns, CSV_DEFAULT)).toBe('name,amount,count,at,ok\r\n');
    expect(csvRow(columns, row, CSV_DEFAULT)).toBe('"Sola; ""kommune""",-1234.50,3,2026-01-02T03:04:05.000Z,true\r\n');
  });

  it('writes the Norwegian Excel dialect: BOM, semicolons, decimal comma', () => {
    const nb = csvOptions({ dialect: 'excel-nb' });
    if (typeof nb === 'string') throw new Error(nb);
    expect(csvHeader(columns, nb).startsWith('\uFEFFname;amount')).toBe(true);
    expect(csvRow(columns, row, nb)).toBe('"Sola; ""kommune""";-1234,50;3;2026-01-02T03:04:05.000Z;true\r\n');
    // With a comma delimiter a decimal comma must be quoted.
    expect(csvRow(columns, row, { ...nb, delimiter: ',' })).toBe('"Sola; ""kommune""","-1234,50",3,2026-01-02T03:04:05.000Z,true\r\n');
  });

  it('lets single options override, and refuses unknown values', () => {
    expect(csvOptions({ delimiter: 'semicolon', bom: 'false' })).toEqual({ delimiter: ';', decimalComma: false, bom: false });
    expect(csvOptions({ dialect: 'excel-nb', decimal: 'point' })).toEqual({ delimiter: ';', decimalComma: false, bom: true });
    expect(typeof csvOptions({ delimiter: '|' })).toBe('string');
    expect(typeof csvOptions({ dialect: 'excel' })).toBe('string');
  });

  it('defuses spreadsheet formulas in text cells but not in numbers', () => {
    expect(csvRow(columns, { name: '=HYPERLINK("x")', amount: '-5' }, CSV_DEFAULT)).toBe(`"'=HYPERLINK(""x"")",-5,,,\r\n`);
  });

  it('writes NDJSON with typed values', () => {
    expect(JSON.parse(ndjsonRow(columns, row))).toEqual({ name: 'Sola; "kommune"', amount: '-1234.50', count: 3, at: '2026-01-02T03:04:05.000Z', ok: true });
  });

  it('accepts only transaction ids as watermarks', () => {
    expect(isWatermark('123456')).toBe(true);
    expect(isWatermark('1; DROP TABLE x')).toBe(false);
    expect(isWatermark('')).toBe(false);
    expect(changedSince(['a', 'b'], '$1')).toBe('(a.bi_xid >= $1::xid8 OR b.bi_xid >= $1::xid8)');
  });

  it('scopes callers by their grants', () => {
    expect(exportScope({ subject: 'k', name: null, grants: [{ role: 'network-reader', network: 'n1' }] })).toEqual({ all: false, networks: ['n1'], municipalities: [] });
    expect(exportScope({ subject: 'a', name: null, grants: [{ role: 'analyst' }] }).all).toBe(true);
  });
});
