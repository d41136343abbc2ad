import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '@samspill/server-graphql';

@Directive('@key(fields: "id")')
@ObjectType('Network', { description: 'A regional collaboration of municipalities (e.g. Digi Rogaland).' })
export class NetworkType {
  @Field(() => ID, { description: 'Stable slug, e.g. "digi-rogaland".' }) id: string;
  @Field() name: string;
  @Field() region: string;
  @Field() description: string;
  @Field() createdAt: Date;
}

export const NetworkConnection = ConnectionType(NetworkType, 'Network');
