import type { EntityManager } from 'typeorm';
import type { EventPayload } from '@samspill/contracts';
import { publish } from '../common/outbox';
import { publishRealisation } from '../benefit/realisation-event';

/**
 * A cancelled project (its adoption was reversed) closes its benefit plan: the plan and its
 * history stay readable, but rollups, facts and exports stop counting it. Closing twice (a
 * redelivered event) changes nothing and announces nothing.
 */
export async function closePlanOfCancelledProject(m: EntityManager, d: EventPayload<'ProjectCancelled'>): Promise<void> {
  const [plan]: { id: string; municipality_id: string; initiative_id: string | null }[] = await m.query(
    `WITH closed AS (
       UPDATE benefit_plan SET cancelled_at = $2, cancel_reason = $3 WHERE project_id = $1 AND cancelled_at IS NULL
       RETURNING id, municipality_id, initiative_id)
     SELECT * FROM closed`,
    [d.projectId, d.cancelledAt, d.reason],
  );
  if (!plan) return;
  const benefits: { id: string }[] = await m.query(`SELECT id FROM benefit WHERE plan_id = $1 ORDER BY created_at, id`, [plan.id]);
  for (const b of benefits) await publishRealisation(m, b.id);
  await publish(m, 'BenefitPlanClosed', plan.id, {
    planId: plan.id,
    projectId: d.projectId,
    municipalityId: plan.municipality_id,
    initiativeId: plan.initiative_id,
    benefitIds: benefits.map((b) => b.id),
    reason: d.reason,
    closedAt: new Date(d.cancelledAt).toISOString(),
  });
}

/** The plan shows the project's current name, as do the facts and the export that read it. */
export async function renamePlan(m: EntityManager, d: EventPayload<'ProjectRenamed'>): Promise<void> {
  await m.query(`UPDATE benefit_plan SET project_name = $2 WHERE project_id = $1`, [d.projectId, d.name]);
}
