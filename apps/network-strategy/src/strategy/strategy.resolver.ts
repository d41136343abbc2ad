import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { NetworkType } from '../network/network.type';
import { FocusAreaType } from '../focus-area/focus-area.type';
import { StrategyConnection, StrategyRevisionType, StrategyType, StrategyVersionType, VersionChangeType } from './strategy.type';
import type { StrategyEntity } from './strategy.entity';
import { StrategyService } from './strategy.service';
import { StrategyConsultationRoundType } from './strategy-consultation.type';
import { AdoptStrategyInput, CompareVersionsArgs, CreateStrategyInput, StrategiesArgs, UpdateStrategyInput } from './dto/strategy.inputs';

@Resolver(() => StrategyType)
export class StrategyResolver {
  constructor(private readonly service: StrategyService) {}

  @Public()
  @Query(() => StrategyType, { description: "Drafts are visible to the network's admins and to analysts only." })
  strategy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.get(ctx.identity, id);
  }

  @Public()
  @Query(() => StrategyConnection)
  strategies(@Args() args: StrategiesArgs, @Ctx() ctx: Context) {
    return this.service.list(ctx.identity, args);
  }

  @Public()
  @Query(() => StrategyVersionType)
  strategyVersion(
    @Arg('strategyId', () => ID) strategyId: string,
    @Arg('versionNumber', () => Int) versionNumber: number,
    @Ctx() ctx: Context,
  ) {
    return this.service.version(ctx.identity, strategyId, versionNumber);
  }

  @Public()
  @Query(() => [VersionChangeType], { description: 'What changed from one adopted version to another.' })
  compareStrategyVersions(@Args() args: CompareVersionsArgs, @Ctx() ctx: Context) {
    return this.service.compare(ctx.identity, args.strategyId, args.fromVersion, args.toVersion);
  }

  @Allow('network-admin')
  @Mutation(() => StrategyType, { description: 'Starts a DRAFT strategy for the network.' })
  createStrategy(@Arg('input') input: CreateStrategyInput, @Ctx() ctx: Context) {
    return this.service.create(ctx.identity, input);
  }

  @Allow('network-admin')
  @Mutation(() => StrategyType, {
    description: 'Edits a DRAFT, or the open revision of an adopted strategy (the change takes effect when the revision is adopted; see Strategy.revision).',
  })
  updateStrategy(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateStrategyInput, @Ctx() ctx: Context) {
    return this.service.update(ctx.identity, id, input);
  }

  @Allow('network-admin')
  @Mutation(() => StrategyType, { description: 'DRAFT → IN_CONSULTATION, for a first draft or the open revision of an adopted strategy.' })
  startStrategyConsultation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.startConsultation(ctx.identity, id);
  }

  @Allow('network-admin')
  @Mutation(() => StrategyType, {
    description:
      'IN_CONSULTATION → DRAFT (withdrawn); for an ADOPTED strategy, opens a revision (or withdraws its consultation). The adopted version stays in force, public and current meanwhile.',
  })
  returnStrategyToDraft(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.returnToDraft(ctx.identity, id);
  }

  @Allow('network-admin')
  @Mutation(() => StrategyType, {
    description: "Adopts a draft, or an adopted strategy's revision, as a new immutable version (applying the revision's edits and retirements); supersedes the network's other adopted strategy.",
  })
  adoptStrategy(@Arg('id', () => ID) id: string, @Arg('input') input: AdoptStrategyInput, @Ctx() ctx: Context) {
    return this.service.adopt(ctx.identity, id, input);
  }

  @FieldResolver(() => NetworkType)
  network(@Root() strategy: StrategyType, @Ctx() ctx: Context) {
    return ctx.loaders.network.load(strategy.networkId);
  }

  @FieldResolver(() => [FocusAreaType])
  focusAreas(@Root() strategy: StrategyType, @Ctx() ctx: Context) {
    return ctx.loaders.focusAreasOfStrategy.load(strategy.id);
  }

  @FieldResolver(() => [StrategyConsultationRoundType], { description: 'Consultation rounds on this strategy and who answered.' })
  consultationRounds(@Root() strategy: StrategyType, @Ctx() ctx: Context) {
    return ctx.loaders.consultationRoundsOfStrategy.load(strategy.id);
  }

  @FieldResolver(() => StrategyRevisionType, {
    nullable: true,
    description: "The draft of the next version while the adopted strategy is being revised; for the network's admins and analysts (null for everyone else, and when no revision is open).",
  })
  revision(@Root() strategy: StrategyType, @Ctx() ctx: Context) {
    return this.service.revision(ctx.identity, strategy as StrategyEntity);
  }

  @FieldResolver(() => [StrategyVersionType])
  versions(@Root() strategy: StrategyType, @Ctx() ctx: Context) {
    return ctx.loaders.versionsOfStrategy.load(strategy.id);
  }
}
