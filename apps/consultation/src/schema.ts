import type { DataSource } from 'typeorm';
import { buildFederatedSchema } from '@samspill/server-graphql';
import { ConsultationResolver } from './consultation/consultation.resolver';
import { ConsultationService } from './consultation/consultation.service';
import { consultationReference } from './consultation/consultation.reference';
import { CommentResolver, ResponseResolver } from './response/response.resolver';
import { ResponseService } from './response/response.service';
import { PrivacyResolver } from './privacy/privacy.resolver';
import { PrivacyService } from './privacy/privacy.service';
import { InitiativeFieldsResolver, MunicipalityFieldsResolver, ProjectFieldsResolver, StrategyFieldsResolver } from './federation/subject.resolver';
import { StrategyStub } from './federation/strategy.stub';
import { InitiativeStub } from './federation/initiative.stub';
import { ProjectStub } from './federation/project.stub';
import { MunicipalityStub } from './federation/municipality.stub';
import { CONSULTATION_DESCRIPTIONS } from './schema-descriptions';

/** Composition root of the GraphQL layer: services get the data source, resolvers get services. */
export function buildConsultationSchema(ds: DataSource) {
  const responses = new ResponseService(ds);
  const resolvers = new Map<Function, unknown>([
    [ConsultationResolver, new ConsultationResolver(new ConsultationService(ds), responses)],
    [ResponseResolver, new ResponseResolver(responses)],
    [CommentResolver, new CommentResolver()],
    [PrivacyResolver, new PrivacyResolver(new PrivacyService(ds))],
    [StrategyFieldsResolver, new StrategyFieldsResolver()],
    [InitiativeFieldsResolver, new InitiativeFieldsResolver()],
    [ProjectFieldsResolver, new ProjectFieldsResolver()],
    [MunicipalityFieldsResolver, new MunicipalityFieldsResolver()],
  ]);
  return buildFederatedSchema({
    descriptions: CONSULTATION_DESCRIPTIONS,
    resolvers: [...resolvers.keys()] as [Function, ...Function[]],
    container: { get: (cls: Function) => resolvers.get(cls) },
    orphanedTypes: [StrategyStub, InitiativeStub, ProjectStub, MunicipalityStub],
    referenceResolvers: { Consultation: consultationReference },
  });
}
