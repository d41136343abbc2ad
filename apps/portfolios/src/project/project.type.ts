import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@samspill/server-graphql';
import { ProjectPhase, ServiceArea } from './project.entity';
import { Rag } from './status-report.entity';

registerEnumType(ProjectPhase, { name: 'ProjectPhase', description: 'Prosjektveiviseren: IDEA → CONCEPT → PLANNING → EXECUTION → REALISATION → CLOSED.' });
registerEnumType(ServiceArea, { name: 'ServiceArea' });
registerEnumType(Rag, { name: 'StatusLight', description: 'Traffic-light status.' });

@ObjectType('StatusReport', { description: 'A periodic status report on a project.' })
export class StatusReportType {
  @Field(() => ID) id: string;
  @Field() projectId: string;
  @Field() reportedBy: string;
  @Field(() => Rag) overall: Rag;
  @Field(() => Rag) schedule: Rag;
  @Field(() => Rag) budget: Rag;
  @Field(() => Rag) quality: Rag;
  @Field(() => Rag) risk: Rag;
  @Field() comment: string;
  @Field() reportedAt: Date;
}

@Directive('@key(fields: "id")')
@ObjectType('Project', { description: 'A municipal digitalisation project, optionally linked to a regional initiative.' })
export class ProjectType {
  @Field(() => ID) id: string;
  @Field() municipalityId: string;
  @Field(() => String, { nullable: true }) initiativeId: string | null;
  @Field(() => String, { nullable: true }) adoptionCaseId: string | null;
  @Field() name: string;
  @Field() description: string;
  @Field(() => ServiceArea) serviceArea: ServiceArea;
  @Field(() => ProjectPhase) phase: ProjectPhase;
  @Field(() => Float, { nullable: true, description: 'NOK.' }) budget: number | null;
  @Field(() => Float, { nullable: true, description: 'NOK spent so far.' }) costToDate: number | null;
  @Field(() => String, { nullable: true }) owner: string | null;
  @Field(() => Int, { nullable: true, description: '1 (highest) to 5.' }) priority: number | null;
  @Field({ description: 'Published projects are public (e.g. embedded in municipal portals).' }) published: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const ProjectConnection = ConnectionType(ProjectType, 'Project');
