import type { EntityManager } from 'typeorm';
import type { EventPayload } from '@samspill/contracts';
import { benefitExpectationV1 } from '@samspill/contracts';
import { expectedForMunicipality, formatAmount, parseAmount } from '../common/decimal';
import { seededTarget } from '../benefit/direction.rules';
import { publishRealisation } from '../benefit/realisation-event';

type Expectation = EventPayload<'InitiativeLaunched'>['expectedBenefits'][number];

/**
 * Seeds a plan's benefits from its initiative's profile, once: the plan is marked seeded in the
 * same statement batch, so a redelivered event or a late profile cannot seed it twice.
 * Amounts per 1000 inhabitants need the population; until the municipality is known their
 * target stays empty (and the benefit is called out as lacking one).
 */
export async function seedPlanFromProfile(m: EntityManager, planId: string): Promise<string[]> {
  const [plan]: { municipality_id: string; expected_benefits: Expectation[] | null; population: number | null }[] = await m.query(
    // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    `WITH seeded AS (
       UPDATE benefit_plan p SET seeded = true
       FROM initiative_profile i
       WHERE p.id = $1 AND NOT p.seeded AND i.initiative_id = p.initiative_id
       RETURNING p.municipality_id, i.expected_benefits)
     SELECT s.municipality_id, s.expected_benefits, mu.population
     FROM seeded s LEFT JOIN municipality mu ON mu.id = s.municipality_id`,
    [planId],
  );
  if (!plan?.expected_benefits) return [];
  const ids: string[] = [];
  for (const stored of plan.expected_benefits) {
    // Profiles stored before directions existed get the contract's defaults.
    const e = benefitExpectationV1.parse(stored);
    const expected = expectedForMunicipality(e.amountPerYear, e.scaling, plan.population);
    const target = seededTarget(e.direction, e.isDisbenefit, null, expected);
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO benefit (plan_id, project_id, municipality_id, initiative_id, type, indicator, unit,
                            expected_per_year, scaling, target_value, target_from_profile, direction, is_disbenefit)
       SELECT id, project_id, municipality_id, initiative_id, $2, $3, $4, $5, $6, $7, true, $8, $9 FROM benefit_plan WHERE id = $1
       RETURNING id`,
      [planId, e.type, e.indicator, e.unit, expected === null ? null : formatAmount(expected), e.scaling, amount(target), e.direction, e.isDisbenefit],
    );
    ids.push(row.id);
  }
  return ids;
}

/** Fills in profile targets scaled by population once the municipality (or a new population) is known. */
export async function rescaleProfileTargets(m: EntityManager, municipalityId: string, population: number): Promise<void> {
  const rows: (ProfileTargetRow & { expected_benefits: Expectation[]; indicator: string; type: string; unit: string })[] = await m.query(
    `SELECT b.id, b.indicator, b.type, b.unit, b.direction, b.is_disbenefit, b.baseline_value, i.expected_benefits
     FROM benefit b JOIN initiative_profile i ON i.initiative_id = b.initiative_id
     WHERE b.municipality_id = $1 AND b.target_from_profile AND b.scaling = 'PER_1000_INHABITANTS'`,
    [municipalityId],
  );
  for (const r of rows) {
    const e = r.expected_benefits.find((x) => x.indicator === r.indicator && x.type === r.type && x.unit === r.unit);
    if (!e) continue;
    const expected = expectedForMunicipality(e.amountPerYear, e.scaling, population)!;
    await m.query(`UPDATE benefit SET expected_per_year = $2 WHERE id = $1`, [r.id, formatAmount(expected)]);
    await refreshProfileTarget(m, { ...r, expected_per_year: formatAmount(expected) });
    await publishRealisation(m, r.id);
  }
}

export interface ProfileTargetRow {
  id: string;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  is_disbenefit: boolean;
  baseline_value: string | null;
  expected_per_year?: string | null;
}

const amount = (v: bigint | null) => (v === null ? null : formatAmount(v));

/** A profile target follows the baseline and the direction until someone sets the target by hand. */
export async function refreshProfileTarget(m: EntityManager, b: ProfileTargetRow): Promise<void> {
  const target = seededTarget(b.direction, b.is_disbenefit, b.baseline_value === null ? null : parseAmount(b.baseline_value), b.expected_per_year == null ? null : parseAmount(b.expected_per_year));
  await m.query(`UPDATE benefit SET target_value = $2 WHERE id = $1 AND target_from_profile`, [b.id, amount(target)]);
}
