import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '@samspill/server-graphql';

@Directive('@key(fields: "id")')
@ObjectType('Municipality', { description: 'A Norwegian municipality (kommune); id is its official four-digit number.' })
export class MunicipalityType {
  @Field(() => ID, { description: 'Kommunenummer, e.g. "1124" for Sola.' }) id: string;
  @Field() name: string;
  @Field() county: string;
  @Field(() => Int) population: number;
}

export const MunicipalityConnection = ConnectionType(MunicipalityType, 'Municipality');
