import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Goal', { description: 'A measurable goal under a focus area.' })
export class GoalType {
  @Field(() => ID) id: string;
  @Field(() => String) focusAreaId: string;
  @Field() title: string;
  @Field() description: string;
  @Field({ description: 'What is measured, e.g. "share of services available digitally".' }) indicator: string;
  @Field() unit: string;
  @Field(() => Float, { nullable: true }) baselineValue: number | null;
  @Field(() => Float, { nullable: true }) targetValue: number | null;
  @Field(() => Int, { nullable: true }) targetYear: number | null;
  @Field(() => Date, { nullable: true, description: 'When it was retired from the strategy; retired elements are no longer part of it.' })
  retiredAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was retired.' }) retirementReason: string | null;
  @Field(() => Int, { nullable: true, description: 'The strategy version that retired it; null if it was retired before ever being adopted.' })
  retiredInVersion: number | null;
}
