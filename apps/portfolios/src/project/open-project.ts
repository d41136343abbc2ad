import type { EntityManager } from 'typeorm';
import { publish } from '../common/outbox';
import { ensurePortfolio } from '../membership/ensure-portfolio';
import { ProjectEntity, ProjectPhase, ServiceArea } from './project.entity';

export interface NewProject {
  municipalityId: string;
  initiativeId: string | null;
  adoptionCaseId: string | null;
  name: string;
  description?: string;
  serviceArea: ServiceArea;
  budget?: number | null;
  costToDate?: number | null;
  owner?: string | null;
  priority?: number | null;
}

/** Starts a project in phase IDEA, in the caller's transaction, with its ProjectCreated event. */
export async function openProject(m: EntityManager, input: NewProject): Promise<ProjectEntity> {
  await ensurePortfolio(m, input.municipalityId);
  const project = await m.save(
    m.create(ProjectEntity, {
      municipalityId: input.municipalityId,
      initiativeId: input.initiativeId,
      adoptionCaseId: input.adoptionCaseId,
      name: input.name,
      description: input.description ?? '',
      serviceArea: input.serviceArea,
      phase: ProjectPhase.IDEA,
      budget: input.budget ?? null,
      costToDate: input.costToDate ?? null,
      owner: input.owner ?? null,
      priority: input.priority ?? null,
      published: false,
    }),
  );
  await publish(m, 'ProjectCreated', project.id, {
    projectId: project.id,
    municipalityId: project.municipalityId,
    initiativeId: project.initiativeId,
    adoptionCaseId: project.adoptionCaseId,
    name: project.name,
    serviceArea: project.serviceArea,
    phase: project.phase,
    createdAt: project.createdAt.toISOString(),
  });
  return project;
}
