import { eventHandlers, type On } from '@samspill/server-events';

/**
 * Keeps each benefit's realisation state (from the benefits service) so a goal can show how far
 * the initiatives under it have realised their benefits. The benefits service numbers every
 * change of a benefit (measurement, correction, baseline, target, cancelled plan); the highest
 * revision wins, so redelivered or reordered events converge on the benefits service's own
 * figures, and a corrected-away measurement can never stay "latest".
 */
export const GOAL_PROGRESS_CONSUMER = 'network-strategy.goal-progress';

const onRealisationChanged: On<'BenefitRealisationChanged'> = async (d, { manager: m }) => {
  await m.query(
    `INSERT INTO benefit_progress (benefit_id, initiative_id, municipality_id, measurement_id, measured_on, achievement, revision, counted)
     VALUES ($1, $2, $3, NULL, $4, $5, $6, $7)
     ON CONFLICT (benefit_id) DO UPDATE SET
       initiative_id = EXCLUDED.initiative_id, measurement_id = NULL, measured_on = EXCLUDED.measured_on,
       achievement = EXCLUDED.achievement, revision = EXCLUDED.revision, counted = EXCLUDED.counted
     WHERE EXCLUDED.revision > benefit_progress.revision`,
    [d.benefitId, d.initiativeId, d.municipalityId, d.latestMeasuredOn, d.achievement, d.revision, d.counted],
  );
};

export const goalProgressHandlers = eventHandlers()
  .on('BenefitRealisationChanged', onRealisationChanged);
