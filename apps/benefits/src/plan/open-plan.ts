import type { EntityManager } from 'typeorm';
import type { EventPayload } from '@samspill/contracts';
import { publish } from '../common/outbox';
import { seedPlanFromProfile } from './seed-plan';

/**
 * Every project gets one benefit plan, seeded from its initiative's profile when we have it,
 * announced with BenefitPlanCreated in the same transaction. The unique project id makes a
 * redelivered ProjectCreated a no-op.
 */
export async function openPlan(m: EntityManager, project: EventPayload<'ProjectCreated'>): Promise<void> {
  const inserted: { id: string }[] = await m.query(
    `INSERT INTO benefit_plan (project_id, municipality_id, initiative_id, project_name) VALUES ($1, $2, $3, $4)
     ON CONFLICT (project_id) DO NOTHING RETURNING id`,
    [project.projectId, project.municipalityId, project.initiativeId, project.name],
  );
  if (inserted.length === 0) return;
  const planId = inserted[0].id;
  const benefitIds = project.initiativeId ? await seedPlanFromProfile(m, planId) : [];
  await publish(m, 'BenefitPlanCreated', planId, {
    planId,
    projectId: project.projectId,
    municipalityId: project.municipalityId,
    initiativeId: project.initiativeId,
    benefitIds,
  });
}
