import { DataSource, In } from 'typeorm';
import { byIdLoader, groupLoader, inUuids, RequestContext } from '@samspill/server-graphql';
import { NetworkMemberEntity } from './membership/network-member.entity';
import { PortfolioEntity } from './membership/portfolio.entity';
import { AdoptionCaseEntity } from './adoption/adoption-case.entity';
import { AdoptionDecisionEntity } from './adoption/adoption-decision.entity';
import { ProjectEntity } from './project/project.entity';
import { StatusReportEntity } from './project/status-report.entity';


/** Per-request DataLoaders: every field and reference resolver batches through these (no N+1). */
export function createLoaders(ds: DataSource) {
  const repo = <T extends object>(e: new () => T) => ds.getRepository<T>(e);
  return {
    portfolio: byIdLoader((ids) => repo(PortfolioEntity).findBy({ municipalityId: In([...ids]) }), (p) => p.municipalityId),
    membershipsOfMunicipality: groupLoader(
      (ids) => repo(NetworkMemberEntity).find({ where: { municipalityId: In([...ids]) }, order: { joinedOn: 'ASC', networkId: 'ASC' } }),
      (m) => m.municipalityId,
    ),
    project: byIdLoader((ids) => repo(ProjectEntity).findBy({ id: inUuids(ids) }), (p) => p.id),
    // Oldest first, so the latest project of a case wins (a cancelled one stays as history).
    projectOfCase: byIdLoader((ids) => repo(ProjectEntity).find({ where: { adoptionCaseId: inUuids(ids) }, order: { createdAt: 'ASC' } }), (p) => p.adoptionCaseId!),
    projectsOfMunicipality: groupLoader(
      (ids) => repo(ProjectEntity).find({ where: { municipalityId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (p) => p.municipalityId,
    ),
    statusReportsOfProject: groupLoader(
      (ids) => repo(StatusReportEntity).find({ where: { projectId: inUuids(ids) }, order: { reportedAt: 'DESC', id: 'ASC' } }),
      (r) => r.projectId,
    ),
    adoptionCase: byIdLoader((ids) => repo(AdoptionCaseEntity).findBy({ id: inUuids(ids) }), (c) => c.id),
    casesOfMunicipality: groupLoader(
      (ids) => repo(AdoptionCaseEntity).find({ where: { municipalityId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (c) => c.municipalityId,
    ),
    casesOfInitiative: groupLoader(
      (ids) => repo(AdoptionCaseEntity).find({ where: { initiativeId: In([...ids]) }, order: { municipalityId: 'ASC' } }),
      (c) => c.initiativeId,
    ),
    decisionsOfCase: groupLoader(
      (ids) => repo(AdoptionDecisionEntity).find({ where: { caseId: inUuids(ids) }, order: { decidedAt: 'ASC', id: 'ASC' } }),
      (d) => d.caseId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
