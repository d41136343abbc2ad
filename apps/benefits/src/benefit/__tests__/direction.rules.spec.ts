import { checkTargetSide, seededTarget } from '../direction.rules';

describe('benefit direction rules', () => {
  it('seeds targets toward the better side of the baseline, and dis-benefits toward the worse', () => {
    // Shorter case-handling time from 20 days, expected 5 days shorter: 15, not 25.
    expect(seededTarget('LOWER_IS_BETTER', false, 2000n, 500n)).toBe(1500n);
    expect(seededTarget('HIGHER_IS_BETTER', false, 2000n, 500n)).toBe(2500n);
    expect(seededTarget('LOWER_IS_BETTER', true, 0n, 20000000n)).toBe(20000000n);
    expect(seededTarget('HIGHER_IS_BETTER', true, 1000n, 300n)).toBe(700n);
  });

  it('places a seeded target without a baseline only where it cannot be negative', () => {
    expect(seededTarget('HIGHER_IS_BETTER', false, null, 500n)).toBe(500n);
    expect(seededTarget('LOWER_IS_BETTER', false, null, 500n)).toBeNull();
    expect(seededTarget('HIGHER_IS_BETTER', false, 100n, null)).toBeNull();
  });

  it('refuses a target on the wrong side of the baseline, or on it', () => {
    expect(() => checkTargetSide('LOWER_IS_BETTER', false, 2000n, 2500n, 'value')).toThrow(/below its baseline/);
    expect(() => checkTargetSide('HIGHER_IS_BETTER', false, 2000n, 1500n, 'value')).toThrow(/above its baseline/);
    expect(() => checkTargetSide('HIGHER_IS_BETTER', false, 2000n, 2000n, 'value')).toThrow(/differ/);
    expect(() => checkTargetSide('LOWER_IS_BETTER', true, 0n, -100n, 'value')).toThrow(/dis-benefit/);
    expect(() => checkTargetSide('LOWER_IS_BETTER', false, 2000n, 1500n, 'value')).not.toThrow();
    expect(() => checkTargetSide('LOWER_IS_BETTER', true, 0n, 100n, 'value')).not.toThrow();
    expect(() => checkTargetSide('LOWER_IS_BETTER', false, null, 2500n, 'value')).not.toThrow();
  });
});
