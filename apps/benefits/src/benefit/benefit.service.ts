import { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { badInput, isUuid, notFound, requireMunicipalityEditor } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { BENEFIT_COLUMNS, PLAN_COLUMNS } from './benefit.rows';
import type { BenefitObjectType, BenefitPlanType } from './benefit.type';
import type { AddBenefitInput, UpdateBenefitInput } from './dto/benefit.inputs';
import { amountInput, dateInput, pastDateInput } from './dto/amount-input';
import { checkTargetSide } from './direction.rules';
import { parseAmount } from '../common/decimal';
import { refreshProfileTarget } from '../plan/seed-plan';
import { publishRealisation } from './realisation-event';

const cents = (v: string | null | undefined) => (v == null ? null : parseAmount(v));

export async function loadBenefit(m: EntityManager, id: string, lock = false): Promise<BenefitObjectType> {
  const [row] = isUuid(id) ? await m.query(`SELECT ${BENEFIT_COLUMNS} FROM benefit b WHERE b.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]) : [];
  if (!row) throw notFound('Benefit', id);
  return row;
}

/** Editing a benefit: NOT_FOUND first, then FORBIDDEN for anyone but its municipality's editors. */
export async function editableBenefit(m: EntityManager, identity: Identity, id: string): Promise<BenefitObjectType> {
  const benefit = await loadBenefit(m, id, true);
  requireMunicipalityEditor(identity, benefit.municipalityId);
  return benefit;
}

export class BenefitService {
  constructor(private readonly ds: DataSource) {}

  async plan(projectId: string): Promise<BenefitPlanType> {
    const [row] = await this.ds.query(`SELECT ${PLAN_COLUMNS} FROM benefit_plan p WHERE p.project_id = $1`, [projectId]);
    if (!row) throw notFound('BenefitPlan of project', projectId);
    return row;
  }

  benefit(id: string): Promise<BenefitObjectType> {
    return loadBenefit(this.ds.manager, id);
  }

  add(identity: Identity, planId: string, input: AddBenefitInput): Promise<BenefitObjectType> {
    return this.ds.transaction(async (m) => {
      const [plan] = isUuid(planId) ? await m.query(`SELECT municipality_id FROM benefit_plan WHERE id = $1`, [planId]) : [];
      if (!plan) throw notFound('BenefitPlan', planId);
      requireMunicipalityEditor(identity, plan.municipality_id);
      const target = input.targetValue == null ? null : amountInput(input.targetValue, 'targetValue');
      const targetDate = input.targetDate == null ? null : dateInput(input.targetDate, 'targetDate');
      const [row] = await m.query(
        `INSERT INTO benefit (plan_id, project_id, municipality_id, initiative_id, type, indicator, unit, is_disbenefit,
                              realisation_method, owner, target_value, target_date, direction)
         SELECT id, project_id, municipality_id, initiative_id, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM benefit_plan WHERE id = $1
         RETURNING id`,
        [planId, input.type, input.indicator, input.unit, input.isDisbenefit, input.realisationMethod ?? null, input.owner ?? null, target, targetDate, input.direction],
      );
      return loadBenefit(m, row.id);
    });
  }

  update(identity: Identity, id: string, input: UpdateBenefitInput): Promise<BenefitObjectType> {
    return this.ds.transaction(async (m) => {
      const before = await editableBenefit(m, identity, id);
      await m.query(
        `UPDATE benefit SET indicator = coalesce($2, indicator), unit = coalesce($3, unit), is_disbenefit = coalesce($4, is_disbenefit),
           realisation_method = coalesce($5, realisation_method), owner = coalesce($6, owner), direction = coalesce($7, direction) WHERE id = $1`,
        [id, input.indicator ?? null, input.unit ?? null, input.isDisbenefit ?? null, input.realisationMethod ?? null, input.owner ?? null, input.direction ?? null],
      );
      const after = await this.followProfile(m, id);
      // A turned direction must not leave a hand-set target on the wrong side (the transaction rolls back).
      if (after.direction !== before.direction || after.isDisbenefit !== before.isDisbenefit) {
        checkTargetSide(after.direction, after.isDisbenefit, cents(after.baselineValue), cents(after.targetValue), input.direction ? 'direction' : 'isDisbenefit');
      }
      await publishRealisation(m, id);
      return after;
    });
  }

  /** The baseline (nullpunktsmåling); measurements dated before it would make no sense, so they are refused. */
  setBaseline(identity: Identity, id: string, value: string, date: string): Promise<BenefitObjectType> {
    return this.ds.transaction(async (m) => {
      await editableBenefit(m, identity, id);
      const baseline = amountInput(value, 'value');
      const on = pastDateInput(date, 'date');
      const [first] = await m.query(`SELECT min(measured_on)::text AS d FROM measurement WHERE benefit_id = $1 AND superseded_by IS NULL`, [id]);
      if (first?.d && first.d < on) throw badInput(`date: the baseline cannot come after the first measurement (${first.d})`, 'date');
      await m.query(`UPDATE benefit SET baseline_value = $2, baseline_date = $3 WHERE id = $1`, [id, baseline, on]);
      const after = await this.followProfile(m, id);
      checkTargetSide(after.direction, after.isDisbenefit, cents(after.baselineValue), cents(after.targetValue), 'value');
      await publishRealisation(m, id);
      return after;
    });
  }

  /** A profile's expectation is a change per year: its target follows baseline and direction until set by hand. */
  private async followProfile(m: EntityManager, id: string): Promise<BenefitObjectType> {
    const [row] = await m.query(`SELECT id, direction, is_disbenefit, baseline_value::text, expected_per_year::text FROM benefit WHERE id = $1`, [id]);
    await refreshProfileTarget(m, row);
    return loadBenefit(m, id);
  }

  changeTarget(identity: Identity, id: string, value: string, date: string | null): Promise<BenefitObjectType> {
    return this.ds.transaction(async (m) => {
      const benefit = await editableBenefit(m, identity, id);
      const target = amountInput(value, 'value');
      const on = date === null ? null : dateInput(date, 'date');
      checkTargetSide(benefit.direction, benefit.isDisbenefit, cents(benefit.baselineValue), parseAmount(target), 'value');
      await m.query(`UPDATE benefit SET target_value = $2, target_date = $3, target_from_profile = false WHERE id = $1`, [id, target, on]);
      await publish(m, 'BenefitTargetChanged', id, {
        benefitId: id,
        planId: benefit.planId,
        projectId: benefit.projectId,
        municipalityId: benefit.municipalityId,
        initiativeId: benefit.initiativeId,
        targetValue: target,
        targetDate: on,
      });
      await publishRealisation(m, id);
      return loadBenefit(m, id);
    });
  }
}
