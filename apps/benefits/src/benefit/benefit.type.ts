import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BenefitDirection, BenefitKind, BenefitRealisationMethod } from './benefit.model';
import { Restricted } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { mayNameEmployees } from '../common/read-scope';

/** Who recorded a measurement, checked on the benefit it measures. */
const recorder = Restricted<Context, { benefitId: string }>(async (ctx, x) => {
  const benefit = await ctx.loaders.benefit.load(x.benefitId);
  return benefit !== null && mayNameEmployees(ctx, benefit);
});

registerEnumType(BenefitDirection, {
  name: 'BenefitDirection',
  description: 'Which way the indicator is better: a shorter case-handling time is LOWER_IS_BETTER.',
});
registerEnumType(BenefitKind, { name: 'BenefitType', description: 'EFFICIENCY: budget savings in NOK; QUALITY: physical units; OTHER_ACTORS: effects for citizens or other bodies.' });
registerEnumType(BenefitRealisationMethod, { name: 'BenefitRealisationMethod', description: 'How the gain is taken out: a budget cut, or freed capacity.' });

const DECIMAL = 'Exact decimal as a string (NOK to the øre for EFFICIENCY).';

@ObjectType('BenefitMeasurement', { description: 'A dated actual value of a benefit. Corrections add a row; the corrected one is superseded.' })
export class BenefitMeasurementType {
  @Field(() => ID) id: string;
  @Field(() => ID) benefitId: string;
  @Field({ description: 'YYYY-MM-DD.' }) measuredOn: string;
  @Field({ description: DECIMAL }) value: string;
  @Field() source: string;
  @Field() comment: string;
  @recorder @Field(() => String, { nullable: true, description: "The recording employee: the municipality's editors and the initiative's network admins only." })
  recordedBy: string | null;
  @Field() recordedAt: Date;
  @Field(() => ID, { nullable: true }) correctionOf: string | null;
  @Field(() => ID, { nullable: true }) supersededBy: string | null;
}

@ObjectType('Benefit', { description: 'A benefit (gevinst) of a project; dis-benefits are recorded too.' })
export class BenefitObjectType {
  @Field(() => ID) id: string;
  @Field(() => ID) planId: string;
  @Field(() => ID) projectId: string;
  @Field() municipalityId: string;
  @Field(() => ID, { nullable: true }) initiativeId: string | null;
  @Field(() => BenefitKind) type: BenefitKind;
  @Field() indicator: string;
  @Field() unit: string;
  @Field() isDisbenefit: boolean;
  @Field(() => BenefitDirection, { description: 'A benefit\'s target lies on the better side of its baseline, a dis-benefit\'s expected value on the worse side.' })
  direction: BenefitDirection;
  @Field(() => BenefitRealisationMethod, { nullable: true }) realisationMethod: BenefitRealisationMethod | null;
  @Field(() => String, { nullable: true, description: 'Benefit owner (gevinsteier) in the line organisation.' }) owner: string | null;
  @Field(() => String, { nullable: true, description: DECIMAL }) baselineValue: string | null;
  @Field(() => String, { nullable: true }) baselineDate: string | null;
  @Field(() => String, { nullable: true, description: DECIMAL }) targetValue: string | null;
  @Field(() => String, { nullable: true }) targetDate: string | null;
  @Field(() => String, { nullable: true, description: 'Expected per year from the initiative profile (scaled by population where it says so).' })
  expectedPerYear: string | null;
  @Field(() => String, { nullable: true, description: 'Latest current measurement.' }) latestValue: string | null;
  @Field(() => String, { nullable: true }) latestMeasuredOn: string | null;
  @Field(() => String, { nullable: true, description: '(latest − baseline) / (target − baseline), six decimals.' }) achievement: string | null;
}

@ObjectType('BenefitPlan', { description: 'Gevinstrealiseringsplan of one project, seeded from its initiative\'s benefit profile.' })
export class BenefitPlanType {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field() municipalityId: string;
  @Field(() => ID, { nullable: true }) initiativeId: string | null;
  @Field() projectName: string;
  @Field({ description: 'False while the initiative\'s profile has not arrived yet.' }) seeded: boolean;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Set when the project was cancelled (a reversed adoption): the plan no longer counts in rollups.' })
  cancelledAt: Date | null;
}

@ObjectType('BenefitProfileEntry', { description: 'One expected benefit of an initiative, per adopting municipality.' })
export class BenefitExpectationType {
  @Field(() => BenefitKind) type: BenefitKind;
  @Field() indicator: string;
  @Field() unit: string;
  @Field() amountPerYear: number;
  @Field({ description: 'FIXED or PER_1000_INHABITANTS.' }) scaling: string;
  @Field(() => BenefitDirection, { description: 'Profiles launched before directions existed read as HIGHER_IS_BETTER.' }) direction: BenefitDirection;
  @Field() isDisbenefit: boolean;
}

@ObjectType('BenefitProfile', { description: 'An initiative\'s expected benefits, from its launch.' })
export class BenefitProfileType {
  @Field(() => ID) initiativeId: string;
  @Field() networkId: string;
  @Field() goalId: string;
  @Field() title: string;
  @Field(() => [BenefitExpectationType]) expectedBenefits: BenefitExpectationType[];
}
