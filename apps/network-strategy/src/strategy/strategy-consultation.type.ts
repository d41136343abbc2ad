import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('StrategyConsultationRound', { description: 'A consultation round on the strategy, as reported by the consultation service.' })
export class StrategyConsultationRoundType {
  @Field(() => ID) consultationId: string;
  @Field() title: string;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) closesAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => [String], { description: 'Municipalities that gave a formal answer.' }) respondingMunicipalityIds: string[];
}
