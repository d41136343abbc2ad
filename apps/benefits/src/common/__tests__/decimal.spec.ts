import { achievement, divRound, expectedForMunicipality, formatAmount, parseAmount } from '../decimal';

describe('exact amounts', () => {
  it('parses and formats to the øre, refusing what is not a plain number', () => {
    expect(parseAmount('1234.5')).toBe(123450n);
    expect(parseAmount('-0.05')).toBe(-5n);
    expect(formatAmount(-5n)).toBe('-0.05');
    expect(formatAmount(123450n)).toBe('1234.50');
    for (const bad of ['abc', '1e5', '1.234', '', 'NaN', 'Infinity', '123456789012345']) expect(parseAmount(bad)).toBeNull();
  });

  it('rounds half away from zero like PostgreSQL', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
    expect(divRound(-7n, 3n)).toBe(-2n);
  });
});

describe('achievement', () => {
  it('is (actual − baseline) / (target − baseline) with six decimals', () => {
    expect(achievement(15000n, 10000n, 20000n)).toBe('0.500000');
    expect(achievement(10000n, 10000n, 40000n)).toBe('0.000000');
    expect(achievement(20000n, 10000n, 40000n)).toBe('0.333333');
    expect(achievement(30000n, 10000n, 40000n)).toBe('0.666667');
    expect(achievement(50000n, 10000n, 40000n)).toBe('1.333333');
  });

  it('works for reductions (target below baseline) and dis-benefits', () => {
    expect(achievement(8000n, 10000n, 6000n)).toBe('0.500000');
    expect(achievement(11000n, 10000n, 6000n)).toBe('-0.250000');
  });

  it('is null without baseline, target, measurement, or when target equals baseline', () => {
    expect(achievement(null, 1n, 2n)).toBeNull();
    expect(achievement(1n, null, 2n)).toBeNull();
    expect(achievement(1n, 2n, null)).toBeNull();
    expect(achievement(1n, 2n, 2n)).toBeNull();
  });
});

describe('expected benefit for a municipality', () => {
  it('scales per 1000 inhabitants to the øre, or keeps a fixed amount', () => {
    expect(expectedForMunicipality(12345.67, 'PER_1000_INHABITANTS', 29123)).toBe(35954295n);
    expect(expectedForMunicipality(12345.67, 'FIXED', 29123)).toBe(1234567n);
    expect(expectedForMunicipality(100, 'PER_1000_INHABITANTS', null)).toBeNull();
  });
});
