import type { DataSource } from 'typeorm';
import { buildFederatedSchema } from '@samspill/server-graphql';
import { AdoptionResolver } from './adoption/adoption.resolver';
import { AdoptionService } from './adoption/adoption.service';
import { ProjectResolver } from './project/project.resolver';
import { ProjectService } from './project/project.service';
import { projectReference } from './project/project.reference';
import { StatusReportResolver } from './project/status-report.resolver';
import { PortfolioResolver } from './membership/portfolio.resolver';
import { PortfolioService } from './membership/portfolio.service';
import { MunicipalityFieldsResolver } from './federation/municipality.resolver';
import { MunicipalityStub } from './federation/municipality.stub';
import { InitiativeFieldsResolver } from './federation/initiative.resolver';
import { InitiativeStub } from './federation/initiative.stub';
import { PORTFOLIOS_DESCRIPTIONS } from './schema-descriptions';

/** Composition root of the GraphQL layer: services get the data source, resolvers get services. */
export function buildPortfoliosSchema(ds: DataSource) {
  const resolvers = new Map<Function, unknown>([
    [PortfolioResolver, new PortfolioResolver(new PortfolioService(ds))],
    [AdoptionResolver, new AdoptionResolver(new AdoptionService(ds))],
    [ProjectResolver, new ProjectResolver(new ProjectService(ds))],
    [StatusReportResolver, new StatusReportResolver()],
    [MunicipalityFieldsResolver, new MunicipalityFieldsResolver()],
    [InitiativeFieldsResolver, new InitiativeFieldsResolver()],
  ]);
  return buildFederatedSchema({
    descriptions: PORTFOLIOS_DESCRIPTIONS,
    resolvers: [...resolvers.keys()] as [Function, ...Function[]],
    container: { get: (cls: Function) => resolvers.get(cls) },
    orphanedTypes: [MunicipalityStub, InitiativeStub],
    referenceResolvers: {
      Project: projectReference,
    },
  });
}
