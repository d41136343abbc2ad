import type { EntityManager } from 'typeorm';
import { publish } from '../common/outbox';
import { ProjectEntity, ProjectOutcome, ProjectPhase } from './project.entity';

/**
 * Cancels a project whose adoption was reversed, in the caller's transaction: it is closed with
 * the outcome CANCELLED (never mistaken for a completed one), and both the phase change and the
 * cancellation are announced so the tranche matrix and the benefit plan follow.
 */
export async function cancelProject(m: EntityManager, project: ProjectEntity, reason: string, at: Date): Promise<void> {
  const from = project.phase;
  Object.assign(project, { phase: ProjectPhase.CLOSED, outcome: ProjectOutcome.CANCELLED, cancelledAt: at, cancelReason: reason });
  await m.save(project);
  await publish(m, 'ProjectPhaseChanged', project.id, {
    projectId: project.id,
    municipalityId: project.municipalityId,
    initiativeId: project.initiativeId,
    from,
    to: ProjectPhase.CLOSED,
    changedAt: at.toISOString(),
  });
  await publish(m, 'ProjectCancelled', project.id, {
    projectId: project.id,
    municipalityId: project.municipalityId,
    initiativeId: project.initiativeId,
    adoptionCaseId: project.adoptionCaseId,
    reason,
    cancelledAt: at.toISOString(),
  });
}
