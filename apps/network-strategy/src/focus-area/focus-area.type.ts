import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('FocusArea', { description: 'An innsatsområde of a strategy.' })
export class FocusAreaType {
  @Field(() => ID) id: string;
  @Field(() => String) strategyId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int) position: number;
}
