import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, notFound, SignedIn } from '@samspill/server-graphql';
import { mayReadBenefits } from '../common/read-scope';
import type { Context } from '../loaders';
import { BenefitMeasurementType, BenefitObjectType } from './benefit.type';
import { BenefitService } from './benefit.service';
import { MeasurementService } from './measurement.service';
import { AddBenefitInput, MeasurementInput, UpdateBenefitInput } from './dto/benefit.inputs';

@Resolver(() => BenefitObjectType)
export class BenefitResolver {
  constructor(
    private readonly benefitService: BenefitService,
    private readonly measurementService: MeasurementService,
  ) {}

  @SignedIn()
  @Query(() => BenefitObjectType)
  async benefit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const benefit = await this.benefitService.benefit(id);
    if (!(await mayReadBenefits(ctx, benefit))) throw notFound('Benefit', id);
    return benefit;
  }

  @Allow('municipality-editor')
  @Mutation(() => BenefitObjectType, { description: 'Adds a benefit (or dis-benefit) to a plan of the caller\'s municipality.' })
  addBenefit(@Arg('planId', () => ID) planId: string, @Arg('input') input: AddBenefitInput, @Ctx() ctx: Context) {
    return this.benefitService.add(ctx.identity, planId, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => BenefitObjectType)
  updateBenefit(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateBenefitInput, @Ctx() ctx: Context) {
    return this.benefitService.update(ctx.identity, id, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => BenefitObjectType, { description: 'Sets the baseline (nullpunktsmåling): value as a decimal string, date YYYY-MM-DD.' })
  setBenefitBaseline(@Arg('id', () => ID) id: string, @Arg('value') value: string, @Arg('date') date: string, @Ctx() ctx: Context) {
    return this.benefitService.setBaseline(ctx.identity, id, value, date);
  }

  @Allow('municipality-editor')
  @Mutation(() => BenefitObjectType, { description: 'Publishes BenefitTargetChanged.' })
  changeBenefitTarget(
    @Arg('id', () => ID) id: string,
    @Arg('value') value: string,
    @Arg('date', () => String, { nullable: true }) date: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.benefitService.changeTarget(ctx.identity, id, value, date ?? null);
  }

  @Allow('municipality-editor')
  @Mutation(() => BenefitMeasurementType, { description: 'Publishes BenefitMeasured.' })
  recordMeasurement(@Arg('benefitId', () => ID) benefitId: string, @Arg('input') input: MeasurementInput, @Ctx() ctx: Context) {
    return this.measurementService.record(ctx.identity, benefitId, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => BenefitMeasurementType, { description: 'Records a correction; the corrected measurement is kept, superseded.' })
  correctMeasurement(@Arg('measurementId', () => ID) measurementId: string, @Arg('input') input: MeasurementInput, @Ctx() ctx: Context) {
    return this.measurementService.correct(ctx.identity, measurementId, input);
  }

  @FieldResolver(() => [BenefitMeasurementType], { description: 'All measurements including superseded ones, oldest first.' })
  measurements(@Root() benefit: BenefitObjectType, @Ctx() ctx: Context) {
    return ctx.loaders.measurementsOfBenefit.load(benefit.id);
  }
}
