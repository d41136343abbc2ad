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

  it.each([
    ['=HYPERLINK("http://evil.example","klikk")', '"\'=HYPERLINK(""http://evil.example"",""klikk"")"'],
    ['+1+cmd|\' /C calc\'!A0', '"\'+1+cmd|\' /C calc\'!A0"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1:A9)', '"\'@SUM(A1:A9)"'],
    ['\t=1+1', '"\'\t=1+1"'],
    ['\r=1+1', '"\'\r=1+1"'],
  ])('neutralises a formula-like cell (OWASP CSV injection): %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves plain numbers, negative ones included, as numbers', () => {
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('0.004')).toBe('0.004');
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
