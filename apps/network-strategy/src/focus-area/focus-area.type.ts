import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('FocusArea', { description: 'An innsatsområde of a strategy.' })
export class FocusAreaType {
  @Field(() => ID) id: string;
  @Field(() => String) strategyId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int) position: number;
  @Field(() => Date, { nullable: true, description: 'When it was retired from the strategy; retired elements are no longer part of it.' })
  retiredAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was retired.' }) retirementReason: string | null;
  @Field(() => Int, { nullable: true, description: 'The strategy version that retired it; null if it was retired before ever being adopted.' })
  retiredInVersion: number | null;
}
