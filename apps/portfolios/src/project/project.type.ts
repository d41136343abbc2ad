import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Restricted } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { maySeeEmployees, maySeeInternal, municipalityOfProject } from '../common/personal-data';
import { ProjectOutcome, ProjectPhase, ServiceArea } from './project.entity';
import { Rag } from './status-report.entity';

registerEnumType(ProjectPhase, { name: 'ProjectPhase', description: 'Prosjektveiviseren: IDEA → CONCEPT → PLANNING → EXECUTION → REALISATION → CLOSED.' });
registerEnumType(ServiceArea, { name: 'ServiceArea' });
registerEnumType(ProjectOutcome, { name: 'ProjectOutcome', description: 'COMPLETED: finished; CANCELLED: stopped because its adoption was reversed.' });
registerEnumType(Rag, { name: 'StatusLight', description: 'Traffic-light status.' });

type ReportRoot = { projectId: string; public?: boolean };
const inScope = (rule: (ctx: Context, municipalityId: string) => Promise<boolean>) => async (ctx: Context, r: ReportRoot) => {
  const municipalityId = await municipalityOfProject(ctx, r.projectId);
  return municipalityId !== null && rule(ctx, municipalityId);
};
/** Who reported: an employee's identity (see maySeeEmployees). */
const reporter = Restricted<Context, ReportRoot>(inScope(maySeeEmployees));
/** The comment is internal unless the report was marked public (issue 11; embeds show public ones). */
const internalComment = Restricted<Context, ReportRoot>(async (ctx, r) => r.public === true || inScope(maySeeInternal)(ctx, r));

@ObjectType('StatusReport', { description: 'A periodic status report on a project.' })
export class StatusReportType {
  @Field(() => ID) id: string;
  @Field() projectId: string;
  @reporter @Field(() => String, { nullable: true, description: "The reporting employee: the municipality's editors and its networks' admins only." }) reportedBy: string | null;
  @Field(() => Rag) overall: Rag;
  @Field(() => Rag) schedule: Rag;
  @Field(() => Rag) budget: Rag;
  @Field(() => Rag) quality: Rag;
  @Field(() => Rag) risk: Rag;
  @internalComment @Field(() => String, { nullable: true, description: 'Internal unless `public`: null for callers outside the municipality and its networks.' }) comment: string | null;
  @Field({ description: 'The comment may be shown publicly (e.g. in portal embeds).' }) public: boolean;
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
  @Field(() => ProjectOutcome, { nullable: true, description: 'How a CLOSED project ended; null while open.' }) outcome: ProjectOutcome | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled (the reconsideration\'s reason).' }) cancelReason: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const ProjectConnection = ConnectionType(ProjectType, 'Project');
