import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { ConsultationConnection, ConsultationType, ResponseConnection, ResultsType } from './consultation.type';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationService } from './consultation.service';
import { ResponseService } from '../response/response.service';
import { Audience } from './consultation.model';
import { ConsultationsArgs, CreateConsultationInput, ResponsesArgs, UpdateConsultationInput } from './dto/consultation.inputs';

@Resolver(() => ConsultationType)
export class ConsultationResolver {
  constructor(
    private readonly service: ConsultationService,
    private readonly responseService: ResponseService,
  ) {}

  @Public()
  @Query(() => ConsultationType, { description: 'One consultation; drafts only for the network\'s admins.' })
  consultation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.get(ctx.identity, id);
  }

  @Public()
  @Query(() => ConsultationConnection, { description: 'Consultations the caller may see, oldest first.' })
  consultations(@Args() args: ConsultationsArgs, @Ctx() ctx: Context) {
    return this.service.list(ctx.identity, args);
  }

  @Allow('network-admin')
  @Mutation(() => ConsultationType, { description: 'A DRAFT; it opens by itself at opensAt, if given.' })
  createConsultation(@Arg('input') input: CreateConsultationInput, @Ctx() ctx: Context) {
    return this.service.create(ctx.identity, input);
  }

  @Allow('network-admin')
  @Mutation(() => ConsultationType)
  updateConsultation(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateConsultationInput, @Ctx() ctx: Context) {
    return this.service.update(ctx.identity, id, input);
  }

  @Allow('network-admin')
  @Mutation(() => ConsultationType, { description: 'Opens a DRAFT now, whatever its opensAt.' })
  openConsultation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.open(ctx.identity, id);
  }

  @Allow('network-admin')
  @Mutation(() => ConsultationType, { description: 'Closes an OPEN consultation now, whatever its closesAt.' })
  closeConsultation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.close(ctx.identity, id);
  }

  @Allow('network-admin')
  @Mutation(() => ConsultationType, { description: 'Needs a disposition on every response that is not hidden.' })
  concludeConsultation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.conclude(ctx.identity, id);
  }

  @FieldResolver(() => ResponseConnection, { nullable: true, description: 'Oldest first. While OPEN for moderators only (null otherwise), like the results.' })
  responses(@Root() c: ConsultationEntity, @Args() page: ResponsesArgs, @Ctx() ctx: Context) {
    return this.responseService.list(ctx.identity, c, page);
  }

  @FieldResolver(() => ResultsType, {
    nullable: true,
    description: 'Public once CLOSED; while OPEN only for moderators; null otherwise. Optionally for one audience.',
  })
  results(@Root() c: ConsultationEntity, @Arg('audience', () => Audience, { nullable: true }) audience: Audience | null, @Ctx() ctx: Context) {
    return this.service.results(ctx.identity, c, audience ?? null);
  }
}
