import { ArgsType, Field, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { ForwardPageArgs } from '@samspill/server-graphql';

@InputType()
export class CreateNetworkInput {
  @Field({ description: 'Slug: lower-case letters, digits and dashes, 2–63 characters.' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'id must be a slug of 2–63 lower-case letters, digits and dashes' })
  id: string;

  @Field() @Length(2, 200) name: string;
  @Field() @Length(2, 100) region: string;
  @Field({ defaultValue: '' }) @Length(0, 5000) description: string;
}

@ArgsType()
export class NetworksArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true }) @Length(1, 100) region?: string | null;
}
