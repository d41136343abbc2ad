import { formatters } from '../format';

/** Chart axes are visible text too: month ticks and numbers follow the chosen language, not the chart library's English. */
describe('chart axis formatters', () => {
  const april = new Date('2025-04-01T12:00:00Z');

  it.each([
    ['nb', /^apr\.?$/, /^apr\.?\n2025$/, '1 400 000'],
    ['nn', /^apr\.?$/, /^apr\.?\n2025$/, '1 400 000'],
    ['en', /^Apr$/, /^Apr\n2025$/, '1,400,000'],
  ] as const)('%s: month ticks (with the year where asked) and whole numbers', (language, month, withYear, number) => {
    const fmt = formatters(language);
    // (ICU versions differ on the abbreviation's full stop in Norwegian.)
    expect(fmt.axisMonth(april, false)).toMatch(month);
    expect(fmt.axisMonth(april, true)).toMatch(withYear);
    // Intl groups Norwegian thousands with a no-break space.
    expect(fmt.number(1_400_000, 0).replace(/\s/g, ' ')).toBe(number);
  });
});
