import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { MunicipalityStub } from '../federation/municipality.stub';
import { InitiativeStub } from '../federation/initiative.stub';
import { AdoptionCaseType } from '../adoption/adoption.type';
import { ProjectPhase } from './project.entity';
import { ProjectConnection, ProjectType, StatusReportType } from './project.type';
import { ProjectService } from './project.service';
import { CreateProjectInput, ProjectsArgs, ReportStatusInput, UpdateProjectInput } from './dto/project.inputs';

@Resolver(() => ProjectType)
export class ProjectResolver {
  constructor(private readonly service: ProjectService) {}

  @Public()
  @Query(() => ProjectType, { description: 'One project; unpublished ones only for their municipality, its networks\' admins and analysts.' })
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.get(ctx.identity, id);
  }

  @Public()
  @Query(() => ProjectConnection, { description: 'Projects the caller may see, oldest first.' })
  projects(@Args() args: ProjectsArgs, @Ctx() ctx: Context) {
    return this.service.list(ctx.identity, args);
  }

  @Allow('municipality-editor')
  @Mutation(() => ProjectType, { description: 'Starts a project (phase IDEA) in the caller\'s own municipality.' })
  createProject(@Arg('input') input: CreateProjectInput, @Ctx() ctx: Context) {
    return this.service.create(ctx.identity, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => ProjectType)
  updateProject(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateProjectInput, @Ctx() ctx: Context) {
    return this.service.update(ctx.identity, id, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => ProjectType, { description: 'One phase forward, or to CLOSED from any phase.' })
  changeProjectPhase(@Arg('id', () => ID) id: string, @Arg('phase', () => ProjectPhase) phase: ProjectPhase, @Ctx() ctx: Context) {
    return this.service.changePhase(ctx.identity, id, phase);
  }

  @Allow('municipality-editor')
  @Mutation(() => StatusReportType)
  reportProjectStatus(@Arg('id', () => ID) id: string, @Arg('input') input: ReportStatusInput, @Ctx() ctx: Context) {
    return this.service.reportStatus(ctx.identity, id, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => ProjectType, { description: 'Published projects are visible to everyone.' })
  setProjectPublished(@Arg('id', () => ID) id: string, @Arg('published') published: boolean, @Ctx() ctx: Context) {
    return this.service.setPublished(ctx.identity, id, published);
  }

  @FieldResolver(() => MunicipalityStub)
  municipality(@Root() project: ProjectType): MunicipalityStub {
    return { id: project.municipalityId };
  }

  @FieldResolver(() => InitiativeStub, { nullable: true })
  initiative(@Root() project: ProjectType): InitiativeStub | null {
    return project.initiativeId ? { id: project.initiativeId } : null;
  }

  @FieldResolver(() => AdoptionCaseType, { nullable: true })
  adoptionCase(@Root() project: ProjectType, @Ctx() ctx: Context) {
    return project.adoptionCaseId ? ctx.loaders.adoptionCase.load(project.adoptionCaseId) : null;
  }

  @FieldResolver(() => [StatusReportType], { description: 'Newest first.' })
  statusReports(@Root() project: ProjectType, @Ctx() ctx: Context) {
    return ctx.loaders.statusReportsOfProject.load(project.id);
  }

  @FieldResolver(() => StatusReportType, { nullable: true })
  async latestStatus(@Root() project: ProjectType, @Ctx() ctx: Context) {
    return (await ctx.loaders.statusReportsOfProject.load(project.id))[0] ?? null;
  }
}
