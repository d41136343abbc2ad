import { DataSource, In } from 'typeorm';
import { byIdLoader, groupLoader, RequestContext } from '@samspill/server-graphql';
import { NetworkMemberEntity } from './membership/network-member.entity';
import { PortfolioEntity } from './membership/portfolio.entity';
import { AdoptionCaseEntity } from './adoption/adoption-case.entity';
import { AdoptionDecisionEntity } from './adoption/adoption-decision.entity';
import { ProjectEntity } from './project/project.entity';
import { StatusReportEntity } from './project/status-report.entity';
import { isUuid } from '@samspill/server-graphql';

/** Ids that cannot be uuids (e.g. from a federated reference) never reach a uuid column. */
const uuids = (ids: readonly string[]) => In(ids.filter(isUuid));

/** Per-request DataLoaders: every field and reference resolver batches through these (no N+1). */
export function createLoaders(ds: DataSource) {
  const repo = <T extends object>(e: new () => T) => ds.getRepository<T>(e);
  return {
    portfolio: byIdLoader((ids) => repo(PortfolioEntity).findBy({ municipalityId: In([...ids]) }), (p) => p.municipalityId),
    membershipsOfMunicipality: groupLoader(
      (ids) => repo(NetworkMemberEntity).find({ where: { municipalityId: In([...ids]) }, order: { joinedOn: 'ASC', networkId: 'ASC' } }),
      (m) => m.municipalityId,
    ),
    project: byIdLoader((ids) => repo(ProjectEntity).findBy({ id: uuids(ids) }), (p) => p.id),
    projectOfCase: byIdLoader((ids) => repo(ProjectEntity).findBy({ adoptionCaseId: uuids(ids) }), (p) => p.adoptionCaseId!),
    projectsOfMunicipality: groupLoader(
      (ids) => repo(ProjectEntity).find({ where: { municipalityId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (p) => p.municipalityId,
    ),
    statusReportsOfProject: groupLoader(
      (ids) => repo(StatusReportEntity).find({ where: { projectId: uuids(ids) }, order: { reportedAt: 'DESC', id: 'ASC' } }),
      (r) => r.projectId,
    ),
    adoptionCase: byIdLoader((ids) => repo(AdoptionCaseEntity).findBy({ id: uuids(ids) }), (c) => c.id),
    casesOfMunicipality: groupLoader(
      (ids) => repo(AdoptionCaseEntity).find({ where: { municipalityId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (c) => c.municipalityId,
    ),
    casesOfInitiative: groupLoader(
      (ids) => repo(AdoptionCaseEntity).find({ where: { initiativeId: In([...ids]) }, order: { municipalityId: 'ASC' } }),
      (c) => c.initiativeId,
    ),
    decisionsOfCase: groupLoader(
      (ids) => repo(AdoptionDecisionEntity).find({ where: { caseId: uuids(ids) }, order: { decidedAt: 'ASC', id: 'ASC' } }),
      (d) => d.caseId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
