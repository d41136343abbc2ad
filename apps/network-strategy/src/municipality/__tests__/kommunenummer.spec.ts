import { checkKommunenummer } from '../kommunenummer';

function reasonFor(value: string): string {
  const check = checkKommunenummer(value);
  if (check.valid) throw new Error(`${value} was accepted (county ${check.county})`);
  return check.reason;
}

describe('checkKommunenummer', () => {
  it.each([
    ['1124', 'Rogaland'], // Sola
    ['0301', 'Oslo'],
    ['1103', 'Rogaland'], // Stavanger
    ['4601', 'Vestland'], // Bergen
    ['5001', 'Trøndelag'], // Trondheim
    ['5601', 'Finnmark'], // Alta
  ])('accepts %s in %s', (value, county) => {
    expect(checkKommunenummer(value)).toEqual({ valid: true, county });
  });

  it.each([['12345'], ['112'], ['abcd'], [''], [' 1124'], ['1124 '], ['11-4'], ['١١٢٤']])(
    'rejects %j: it is not four digits',
    (value) => {
      expect(reasonFor(value)).toBe(`"${value}" is not a municipality number: it must be four digits`);
    },
  );

  it.each([
    ['9999', '99'],
    ['0101', '01'], // Halden before 2020: county 01 no longer exists
    ['1201', '12'], // old Hordaland
    ['2100', '21'], // Svalbard is not a municipality
    ['2211', '22'], // Jan Mayen
  ])('rejects %s: no county has number %s', (value, county) => {
    expect(reasonFor(value)).toBe(`"${value}" is not a municipality number: no county has number ${county}`);
  });

  it.each([['1100'], ['0300'], ['4600']])('rejects the county number %s', (value) => {
    expect(reasonFor(value)).toBe(`"${value}" is a county number, not a municipality number`);
  });
});
