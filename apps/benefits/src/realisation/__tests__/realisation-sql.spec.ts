import { factsQuery, rollupQuery } from '../realisation.sql';
import { BenefitPeriodGrain, BenefitRollupDimension } from '../realisation.model';

describe('rollup and fact queries', () => {
  it('groups by the dimension, type and unit, never summing across units', () => {
    const q = rollupQuery(BenefitRollupDimension.NETWORK, null, null, null);
    expect(q.text).toMatch(/GROUP BY 1, b\.type, b\.unit/);
    expect(q.text).toContain('i.network_id AS key');
    expect(q.values).toEqual([]);
  });

  it('reads whole periods from the read model and joins them to the whole plan of the group', () => {
    const q = rollupQuery(BenefitRollupDimension.GOAL, BenefitPeriodGrain.QUARTER, { from: '2025-04-01', to: '2025-12-31' }, null);
    expect(q.text).toContain('FROM benefit_period bp');
    expect(q.values).toEqual(['quarter', '2025-04-01', '2025-12-31']);
  });

  it('reads the measurements themselves when from/to cut a period', () => {
    const q = rollupQuery(BenefitRollupDimension.GOAL, BenefitPeriodGrain.QUARTER, { from: '2025-02-10', to: '2025-12-31' }, null);
    expect(q.text).not.toContain('benefit_period');
    expect(q.text).toContain('x.measured_on >= $2::date');
    expect(q.values).toEqual(['quarter', '2025-02-10', '2025-12-31']);
  });

  it('filters by from/to without a grain too (the latest measurement within the period)', () => {
    const q = rollupQuery(BenefitRollupDimension.PROJECT, null, { to: '2025-06-30' }, null);
    expect(q.text).toContain('LEFT JOIN LATERAL');
    expect(q.values).toEqual(['2025-06-30']);
  });

  it('limits callers without the analyst role to their municipalities and networks', () => {
    const scoped = factsQuery({ municipalityId: '1124' }, { all: false, municipalities: ['1124'], networks: ['digi-rogaland'] }, '42', 101);
    expect(scoped.text).toContain('b.municipality_id = ANY(');
    expect(scoped.values).toEqual(['1124', ['1124'], ['digi-rogaland'], '42', 101]);
    const analyst = factsQuery(null, { all: true, municipalities: [], networks: [] }, null, null);
    expect(analyst.text).not.toContain('ANY(');
    expect(analyst.text).not.toContain('LIMIT');
  });
});
