import { ArgsType, Field } from 'type-graphql';
import { Length } from 'class-validator';
import { ForwardPageArgs } from '@samspill/server-graphql';

@ArgsType()
export class NetworksArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true }) @Length(1, 100) region?: string | null;
}
