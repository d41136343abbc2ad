import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BenefitDirection, BenefitKind } from '../benefit/benefit.model';
import { BenefitPeriodGrain, BenefitRollupDimension } from './realisation.model';

registerEnumType(BenefitRollupDimension, { name: 'BenefitRollupDimension' });
registerEnumType(BenefitPeriodGrain, { name: 'BenefitPeriodGrain' });

const DECIMAL = 'Exact decimal as a string.';

@ObjectType('BenefitRealisationLine', { description: 'Planned vs realised for the benefits of one type and unit (amounts are only summed within one unit).' })
export class BenefitRealisationLine {
  @Field(() => BenefitKind) type: BenefitKind;
  @Field() unit: string;
  @Field(() => Int) benefitCount: number;
  @Field(() => Int, { description: 'Benefits with a baseline.' }) withBaseline: number;
  @Field(() => Int, { description: 'Benefits with at least one current measurement.' }) measuredCount: number;
  @Field({ description: `Gross planned gain of the benefits: Σ sign × (target − baseline), sign −1 where lower is better. ${DECIMAL}` }) plannedBenefit: string;
  @Field({ description: `Planned dis-benefit, as a positive amount that counts against the gains. ${DECIMAL}` }) plannedDisbenefit: string;
  @Field({ description: `Net planned gain: plannedBenefit − plannedDisbenefit. ${DECIMAL}` }) plannedGain: string;
  @Field({ description: `Gross realised gain: Σ sign × (latest − baseline) over measured benefits with baseline and target. ${DECIMAL}` }) realisedBenefit: string;
  @Field({ description: `Realised dis-benefit, as a positive amount. ${DECIMAL}` }) realisedDisbenefit: string;
  @Field({ description: `Net realised gain: realisedBenefit − realisedDisbenefit. ${DECIMAL}` }) realisedGain: string;
  @Field(() => String, { nullable: true, description: 'Net realisedGain / net plannedGain, six decimals.' }) achievement: string | null;
}

@ObjectType('BenefitGap', { description: 'A benefit that cannot be followed up yet.' })
export class BenefitGap {
  @Field(() => ID) benefitId: string;
  @Field(() => ID) projectId: string;
  @Field() municipalityId: string;
  @Field() indicator: string;
  @Field() missingBaseline: boolean;
  @Field() missingTarget: boolean;
  @Field() missingMeasurements: boolean;
}

@ObjectType('BenefitRealisation')
export class BenefitRealisation {
  @Field(() => [BenefitRealisationLine]) lines: BenefitRealisationLine[];
  @Field(() => [BenefitGap], { description: 'Benefits lacking a baseline, a target or measurements.' }) gaps: BenefitGap[];
}

@ObjectType('BenefitRollupRow')
export class BenefitRollupRow extends BenefitRealisationLine {
  @Field(() => String, { nullable: true, description: 'Id of the project, municipality, initiative, goal or network; null: none (e.g. a project without initiative).' })
  key: string | null;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => String, { nullable: true, description: 'First day of the period (with a grain).' }) periodStart: string | null;
}

@ObjectType('BenefitFact', { description: 'One current measurement with all its dimensions: the flat row BI tools read.' })
export class BenefitFact {
  @Field(() => ID) measurementId: string;
  @Field() measuredOn: string;
  @Field({ description: 'Quarter of the measurement, e.g. 2026-Q1.' }) period: string;
  @Field(() => String, { nullable: true }) networkId: string | null;
  @Field() municipalityId: string;
  @Field(() => String, { nullable: true }) municipalityName: string | null;
  @Field(() => String, { nullable: true }) county: string | null;
  @Field(() => String, { nullable: true }) initiativeId: string | null;
  @Field(() => String, { nullable: true }) initiativeTitle: string | null;
  @Field(() => String, { nullable: true }) goalId: string | null;
  @Field(() => String, { nullable: true, description: 'From GoalAdded; null until the goal\'s event has arrived.' }) focusAreaId: string | null;
  @Field() projectId: string;
  @Field() projectName: string;
  @Field(() => ID) benefitId: string;
  @Field(() => BenefitKind) benefitType: BenefitKind;
  @Field() indicator: string;
  @Field() unit: string;
  @Field() isDisbenefit: boolean;
  @Field(() => BenefitDirection) direction: BenefitDirection;
  @Field(() => String, { nullable: true }) baselineValue: string | null;
  @Field(() => String, { nullable: true }) baselineDate: string | null;
  @Field(() => String, { nullable: true }) targetValue: string | null;
  @Field(() => String, { nullable: true }) targetDate: string | null;
  @Field() value: string;
  @Field(() => String, { nullable: true, description: '(value − baseline) / (target − baseline), six decimals.' }) achievement: string | null;
  @Field(() => String, { nullable: true, description: 'Signed planned gain of the benefit (negative for a dis-benefit).' }) plannedGain: string | null;
  @Field(() => String, { nullable: true, description: 'Signed gain of this measurement: sign × (value − baseline); negative counts against.' }) realisedGain: string | null;
  @Field() source: string;
}

@ObjectType('BenefitFactEdge')
export class BenefitFactEdge {
  @Field() cursor: string;
  @Field(() => BenefitFact) node: BenefitFact;
}

@ObjectType('BenefitFactConnection')
export class BenefitFactConnection {
  @Field(() => [BenefitFactEdge]) edges: BenefitFactEdge[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}
