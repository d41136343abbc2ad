import { DataSource, EntityManager } from 'typeorm';
import { hasRole, Identity } from '@samspill/server-auth';
import { assertTransition, conflict, findOrFail, keysetPage, notFound, requireMunicipalityEditor } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { canSeeProject } from '../common/visibility';
import { ProjectEntity, ProjectOutcome, ProjectPhase } from './project.entity';
import { StatusReportEntity } from './status-report.entity';
import { isOpen, PROJECT_TRANSITIONS } from './project.rules';
import { openProject } from './open-project';
import type { CreateProjectInput, ProjectsArgs, ReportStatusInput, UpdateProjectInput } from './dto/project.inputs';

const actor = (identity: Identity) => identity.name ?? identity.subject ?? 'unknown';

export class ProjectService {
  constructor(private readonly ds: DataSource) {}

  /** Unpublished projects are NOT_FOUND for callers who may not see them. */
  async get(identity: Identity, id: string): Promise<ProjectEntity> {
    const project = await findOrFail(this.ds.manager, ProjectEntity, 'Project', id);
    if (!(await canSeeProject(this.ds.manager, identity, project))) throw notFound('Project', id);
    return project;
  }

  list(identity: Identity, args: ProjectsArgs) {
    const q = this.ds.getRepository(ProjectEntity).createQueryBuilder('p');
    if (args.municipalityId) q.andWhere('p.municipality_id = :municipalityId', { municipalityId: args.municipalityId });
    if (args.initiativeId) q.andWhere('p.initiative_id = :initiativeId', { initiativeId: args.initiativeId });
    if (args.phase) q.andWhere('p.phase = :phase', { phase: args.phase });
    if (args.serviceArea) q.andWhere('p.service_area = :serviceArea', { serviceArea: args.serviceArea });
    if (!hasRole(identity, 'analyst')) {
      const editorOf = identity.grants.flatMap((g) => (g.role === 'municipality-editor' ? [g.municipality] : []));
      const adminOf = identity.grants.flatMap((g) => (g.role === 'network-admin' ? [g.network] : []));
      q.andWhere(
        `(p.published OR p.municipality_id = ANY(:editorOf) OR EXISTS (
           SELECT 1 FROM network_member nm
           WHERE nm.municipality_id = p.municipality_id AND nm.left_on IS NULL AND nm.network_id = ANY(:adminOf)))`,
        { editorOf, adminOf },
      );
    }
    return keysetPage(q, 'p', { column: 'created_at', valueOf: (p) => p.createdAt.toISOString() }, args);
  }

  async create(identity: Identity, input: CreateProjectInput): Promise<ProjectEntity> {
    requireMunicipalityEditor(identity, input.municipalityId);
    return this.ds.transaction((m) => openProject(m, { ...input, initiativeId: null, adoptionCaseId: null }));
  }

  update(identity: Identity, id: string, input: UpdateProjectInput): Promise<ProjectEntity> {
    return this.ds.transaction(async (m) => {
      const project = await this.editable(m, identity, id);
      const before = project.name;
      Object.assign(project, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)));
      const saved = await m.save(project);
      // Other services show the name (benefit plans, exports): a rename must travel as an event.
      if (saved.name !== before) {
        await publish(m, 'ProjectRenamed', id, {
          projectId: id,
          municipalityId: saved.municipalityId,
          initiativeId: saved.initiativeId,
          name: saved.name,
          renamedAt: saved.updatedAt.toISOString(),
        });
      }
      return saved;
    });
  }

  changePhase(identity: Identity, id: string, to: ProjectPhase): Promise<ProjectEntity> {
    return this.ds.transaction(async (m) => {
      const project = await this.lockedForEditor(m, identity, id);
      const from = project.phase;
      assertTransition(PROJECT_TRANSITIONS, 'Project', from, to);
      project.phase = to;
      // Closing by hand is finishing; only a reversed adoption cancels (see cancelProject).
      if (to === ProjectPhase.CLOSED) project.outcome = ProjectOutcome.COMPLETED;
      await m.save(project);
      await publish(m, 'ProjectPhaseChanged', id, {
        projectId: id,
        municipalityId: project.municipalityId,
        initiativeId: project.initiativeId,
        from,
        to,
        changedAt: project.updatedAt.toISOString(),
      });
      return project;
    });
  }

  reportStatus(identity: Identity, id: string, input: ReportStatusInput): Promise<StatusReportEntity> {
    return this.ds.transaction(async (m) => {
      const project = await this.editable(m, identity, id);
      const report = await m.save(m.create(StatusReportEntity, { ...input, projectId: id, reportedBy: actor(identity), reportedAt: new Date() }));
      await publish(m, 'StatusReported', id, {
        reportId: report.id,
        projectId: id,
        municipalityId: project.municipalityId,
        initiativeId: project.initiativeId,
        reportedAt: report.reportedAt.toISOString(),
        overall: report.overall,
        schedule: report.schedule,
        budget: report.budget,
        quality: report.quality,
        risk: report.risk,
      });
      return report;
    });
  }

  /** Setting the flag it already has changes nothing and publishes nothing. */
  setPublished(identity: Identity, id: string, published: boolean): Promise<ProjectEntity> {
    return this.ds.transaction(async (m) => {
      const project = await this.lockedForEditor(m, identity, id);
      if (project.published === published) return project;
      project.published = published;
      await m.save(project);
      await publish(m, 'ProjectPublished', id, {
        projectId: id,
        municipalityId: project.municipalityId,
        published,
        changedAt: project.updatedAt.toISOString(),
      });
      return project;
    });
  }

  /** Callers who cannot see the project get NOT_FOUND; those who see it but may not edit it, FORBIDDEN. */
  private async lockedForEditor(m: EntityManager, identity: Identity, id: string): Promise<ProjectEntity> {
    const project = await findOrFail(m, ProjectEntity, 'Project', id, true);
    if (!(await canSeeProject(m, identity, project))) throw notFound('Project', id);
    requireMunicipalityEditor(identity, project.municipalityId);
    return project;
  }

  private async editable(m: EntityManager, identity: Identity, id: string): Promise<ProjectEntity> {
    const project = await this.lockedForEditor(m, identity, id);
    if (!isOpen(project.phase)) throw conflict(`project ${id} is closed`);
    return project;
  }
}
