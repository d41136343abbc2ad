import type { DataSource } from 'typeorm';
import { buildFederatedSchema } from '@samspill/server-graphql';
import { BenefitResolver } from './benefit/benefit.resolver';
import { BenefitPlanResolver } from './plan/plan.resolver';
import { BenefitService } from './benefit/benefit.service';
import { MeasurementService } from './benefit/measurement.service';
import { RealisationResolver } from './realisation/realisation.resolver';
import { RealisationService } from './realisation/realisation.service';
import { InitiativeBenefitsResolver, MunicipalityBenefitsResolver, ProjectBenefitsResolver } from './federation/entity-fields.resolver';
import { ProjectStub, projectStubReference } from './federation/project.stub';
import { InitiativeStub } from './federation/initiative.stub';
import { MunicipalityStub } from './federation/municipality.stub';
import { BENEFITS_DESCRIPTIONS } from './schema-descriptions';

/** Composition root of the GraphQL layer: services get the data source, resolvers get services. */
export function buildBenefitsSchema(ds: DataSource) {
  const benefits = new BenefitService(ds);
  const resolvers = new Map<Function, unknown>([
    [BenefitResolver, new BenefitResolver(benefits, new MeasurementService(ds))],
    [BenefitPlanResolver, new BenefitPlanResolver(benefits)],
    [RealisationResolver, new RealisationResolver(new RealisationService(ds))],
    [ProjectBenefitsResolver, new ProjectBenefitsResolver()],
    [InitiativeBenefitsResolver, new InitiativeBenefitsResolver()],
    [MunicipalityBenefitsResolver, new MunicipalityBenefitsResolver()],
  ]);
  return buildFederatedSchema({
    descriptions: BENEFITS_DESCRIPTIONS,
    resolvers: [...resolvers.keys()] as [Function, ...Function[]],
    container: { get: (cls: Function) => resolvers.get(cls) },
    orphanedTypes: [ProjectStub, InitiativeStub, MunicipalityStub],
    referenceResolvers: {
      Project: projectStubReference,
    },
  });
}
