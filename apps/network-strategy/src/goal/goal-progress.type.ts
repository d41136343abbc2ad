import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('GoalBenefitProgress', { description: "Benefit realisation of the initiatives under a goal (latest measurement per benefit)." })
export class GoalProgressType {
  @Field(() => ID) goalId: string;
  @Field(() => Int) measuredBenefits: number;
  @Field(() => Float, { nullable: true, description: 'Mean achievement (1 = target reached) of benefits with a baseline and target.' })
  averageAchievement: number | null;
  @Field(() => String, { nullable: true, description: 'Date of the latest measurement (YYYY-MM-DD).' })
  latestMeasuredOn: string | null;
}
