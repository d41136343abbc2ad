import { Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';

@InputType()
export class AddFocusAreaInput {
  @Field() @Length(3, 200) title: string;
  @Field({ defaultValue: '' }) @Length(0, 5000) description: string;
}

@InputType()
export class UpdateFocusAreaInput {
  @Field({ nullable: true }) @IsOptional() @Length(3, 200) title?: string;
  @Field({ nullable: true }) @IsOptional() @Length(0, 5000) description?: string;
}
