import { csvField, csvHeader, csvLine, ndjsonLine } from '../fact-format';

describe('export formats', () => {
  it('quotes CSV fields only when they need it and keeps empty for null', () => {
    expect(csvField('Sola')).toBe('Sola');
    expect(csvField('Sola, Rogaland')).toBe('"Sola, Rogaland"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('writes every fact column in a fixed order', () => {
    const columns = csvHeader().trim().split(',');
    expect(columns[0]).toBe('measurementId');
    const line = csvLine({ measurementId: 'm1', value: '12.50' }).trim().split(',');
    expect(line).toHaveLength(columns.length);
    expect(line[columns.indexOf('value')]).toBe('12.50');
    expect(JSON.parse(ndjsonLine({ measurementId: 'm1' }))).toMatchObject({ measurementId: 'm1', value: null });
  });
});
