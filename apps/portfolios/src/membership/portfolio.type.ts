import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@ObjectType('PortfolioMembership', { description: "The municipality's membership of a network, as this service knows it." })
export class PortfolioMembershipType {
  @Field() networkId: string;
  @Field(() => LocalDateResolver) joinedOn: string;
  @Field(() => LocalDateResolver, { nullable: true }) leftOn: string | null;
  @Field({ description: 'False once the municipality has left the network.' }) active: boolean;
}

@ObjectType('Portfolio', { description: "A municipality's portfolio of digitalisation projects and adoption cases." })
export class PortfolioType {
  @Field() municipalityId: string;
  @Field() createdAt: Date;
}
