import { eventHandlers, type On } from '@samspill/server-events';

/**
 * Keeps the latest achievement of every benefit (from the benefits service) so a goal can show
 * how far the initiatives under it have realised their benefits. Latest by measurement date,
 * so redelivered or reordered events converge; a correction replaces what it corrects.
 */
export const GOAL_PROGRESS_CONSUMER = 'network-strategy.goal-progress';

const onBenefitMeasured: On<'BenefitMeasured'> = async (d, { manager: m }) => {
  await m.query(
    `INSERT INTO benefit_progress (benefit_id, initiative_id, municipality_id, measurement_id, measured_on, achievement)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (benefit_id) DO UPDATE SET
       measurement_id = EXCLUDED.measurement_id, measured_on = EXCLUDED.measured_on, achievement = EXCLUDED.achievement
     WHERE EXCLUDED.measured_on > benefit_progress.measured_on
        OR (EXCLUDED.measured_on = benefit_progress.measured_on AND $7::uuid = benefit_progress.measurement_id)`,
    [d.benefitId, d.initiativeId, d.municipalityId, d.measurementId, d.measuredOn, d.achievement, d.correctionOf],
  );
};

export const goalProgressHandlers = eventHandlers()
  .on('BenefitMeasured', onBenefitMeasured);
