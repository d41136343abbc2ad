import { isCalendarDate, periodProblem } from '../period.rules';
import { isPeriodStart } from '../realisation.sql';
import { BenefitPeriodGrain } from '../realisation.model';

describe('rollup period rules', () => {
  it('knows which dates are on the calendar', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29', '2026-1-01', '']) expect(isCalendarDate(bad)).toBe(false);
  });

  it('names the parameter at fault', () => {
    expect(periodProblem('2026-02-30', null)).toMatchObject({ field: 'from' });
    expect(periodProblem(null, '2026-13-01')).toMatchObject({ field: 'to' });
    expect(periodProblem('2026-02-01', '2026-01-31')).toMatchObject({ field: 'to' });
    expect(periodProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(periodProblem(undefined, undefined)).toBeNull();
  });

  it('recognises the first day of a month, quarter and year', () => {
    expect(isPeriodStart('2026-04-01', BenefitPeriodGrain.QUARTER)).toBe(true);
    expect(isPeriodStart('2026-05-01', BenefitPeriodGrain.QUARTER)).toBe(false);
    expect(isPeriodStart('2026-05-01', BenefitPeriodGrain.MONTH)).toBe(true);
    expect(isPeriodStart('2026-01-01', BenefitPeriodGrain.YEAR)).toBe(true);
    expect(isPeriodStart('2026-01-02', BenefitPeriodGrain.MONTH)).toBe(false);
  });
});
