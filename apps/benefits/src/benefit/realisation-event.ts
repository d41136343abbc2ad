import type { EntityManager } from 'typeorm';
import { publish } from '../common/outbox';
import { BENEFIT_COLUMNS } from './benefit.rows';
import type { BenefitObjectType } from './benefit.type';

/**
 * Announces a benefit's realisation state after any change to it, in the changing transaction.
 * The revision is bumped under the row lock the change already holds, so revisions of one
 * benefit are strictly increasing and consumers can keep the highest one they have seen.
 */
export async function publishRealisation(m: EntityManager, benefitId: string): Promise<void> {
  const [row]: (BenefitObjectType & { revision: string; counted: boolean })[] = await m.query(
    `WITH bumped AS (UPDATE benefit SET revision = revision + 1 WHERE id = $1 RETURNING id, revision)
     SELECT ${BENEFIT_COLUMNS}, k.revision::text AS revision, p.cancelled_at IS NULL AS counted
     FROM bumped k JOIN benefit b ON b.id = k.id JOIN benefit_plan p ON p.id = b.plan_id`,
    [benefitId],
  );
  await publish(m, 'BenefitRealisationChanged', benefitId, {
    benefitId,
    planId: row.planId,
    projectId: row.projectId,
    municipalityId: row.municipalityId,
    initiativeId: row.initiativeId,
    revision: Number(row.revision),
    direction: row.direction,
    isDisbenefit: row.isDisbenefit,
    baselineValue: row.baselineValue,
    targetValue: row.targetValue,
    latestValue: row.latestValue,
    latestMeasuredOn: row.latestMeasuredOn,
    achievement: row.achievement,
    counted: row.counted,
  });
}
