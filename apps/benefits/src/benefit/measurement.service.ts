import { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { badInput, isUuid, notFound } from '@samspill/server-graphql';
import { achievement, parseAmount } from '../common/decimal';
import { publish } from '../common/outbox';
import { MEASUREMENT_COLUMNS } from './benefit.rows';
import type { BenefitMeasurementType, BenefitObjectType } from './benefit.type';
import type { MeasurementInput } from './dto/benefit.inputs';
import { amountInput, pastDateInput } from './dto/amount-input';
import { editableBenefit } from './benefit.service';
import { refreshBenefitReadModel } from './benefit-read-model';
import { publishRealisation } from './realisation-event';

const actor = (identity: Identity) => identity.name ?? identity.subject ?? 'unknown';

const cents = (v: string | null) => (v === null ? null : parseAmount(v));

export class MeasurementService {
  constructor(private readonly ds: DataSource) {}

  record(identity: Identity, benefitId: string, input: MeasurementInput): Promise<BenefitMeasurementType> {
    return this.ds.transaction(async (m) => {
      const benefit = await editableBenefit(m, identity, benefitId);
      return this.insert(m, identity, benefit, input, null);
    });
  }

  /** The corrected measurement stays (history) but is superseded; the correction becomes current. */
  correct(identity: Identity, measurementId: string, input: MeasurementInput): Promise<BenefitMeasurementType> {
    return this.ds.transaction(async (m) => {
      const [old] = isUuid(measurementId)
        ? await m.query(`SELECT benefit_id, superseded_by FROM measurement WHERE id = $1 FOR UPDATE`, [measurementId])
        : [];
      if (!old) throw notFound('BenefitMeasurement', measurementId);
      const benefit = await editableBenefit(m, identity, old.benefit_id);
      if (old.superseded_by) throw badInput(`measurement ${measurementId} has already been corrected by ${old.superseded_by}`, 'measurementId');
      return this.insert(m, identity, benefit, input, measurementId);
    });
  }

  private async insert(
    m: EntityManager,
    identity: Identity,
    benefit: BenefitObjectType,
    input: MeasurementInput,
    correctionOf: string | null,
  ): Promise<BenefitMeasurementType> {
    const value = amountInput(input.value, 'value');
    const measuredOn = pastDateInput(input.measuredOn, 'measuredOn');
    if (benefit.baselineDate && measuredOn < benefit.baselineDate) {
      throw badInput(`a measurement cannot be dated before the baseline (${benefit.baselineDate})`, 'measuredOn');
    }
    const [row] = await m.query(
      `INSERT INTO measurement (benefit_id, measured_on, value, source, comment, recorded_by, correction_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [benefit.id, measuredOn, value, input.source, input.comment, actor(identity), correctionOf],
    );
    if (correctionOf) await m.query(`UPDATE measurement SET superseded_by = $2 WHERE id = $1`, [correctionOf, row.id]);
    await refreshBenefitReadModel(m, benefit.id);
    await publishRealisation(m, benefit.id);
    await publish(m, 'BenefitMeasured', benefit.id, {
      measurementId: row.id,
      benefitId: benefit.id,
      planId: benefit.planId,
      projectId: benefit.projectId,
      municipalityId: benefit.municipalityId,
      initiativeId: benefit.initiativeId,
      measuredOn,
      value,
      achievement: achievement(cents(value), cents(benefit.baselineValue), cents(benefit.targetValue)),
      correctionOf,
    });
    const [created] = await m.query(`SELECT ${MEASUREMENT_COLUMNS} FROM measurement x WHERE x.id = $1`, [row.id]);
    return created;
  }
}
