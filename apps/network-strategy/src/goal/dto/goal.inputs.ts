import { Field, Float, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min, ValidateIf } from 'class-validator';

@InputType()
export class AddGoalInput {
  @Field() @Length(3, 200) title: string;
  @Field({ defaultValue: '' }) @Length(0, 5000) description: string;
  @Field() @Length(2, 200) indicator: string;
  @Field() @Length(1, 50) unit: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(-1e12) @Max(1e12) baselineValue?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(-1e12) @Max(1e12) targetValue?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(2000) @Max(2100) targetYear?: number | null;
}

/** Only the fields given change; text fields cannot be cleared (null is refused), numbers can. */
@InputType({ description: 'Changes to a goal: only the fields given change; text fields cannot be cleared, numbers can (null).' })
export class UpdateGoalInput {
  @Field({ nullable: true, description: 'New title (3 to 200 characters).' }) @ValidateIf((_, v) => v !== undefined) @Length(3, 200) title?: string;
  @Field({ nullable: true, description: 'New description (up to 5000 characters).' }) @ValidateIf((_, v) => v !== undefined) @Length(0, 5000) description?: string;
  @Field({ nullable: true, description: 'What is measured.' }) @ValidateIf((_, v) => v !== undefined) @Length(2, 200) indicator?: string;
  @Field({ nullable: true, description: 'The unit of the indicator.' }) @ValidateIf((_, v) => v !== undefined) @Length(1, 50) unit?: string;
  @Field(() => Float, { nullable: true, description: 'The value at the start; null clears it.' }) @IsOptional() @Min(-1e12) @Max(1e12) baselineValue?: number | null;
  @Field(() => Float, { nullable: true, description: 'The value aimed for; null clears it.' }) @IsOptional() @Min(-1e12) @Max(1e12) targetValue?: number | null;
  @Field(() => Int, { nullable: true, description: 'The year the target should be reached; null clears it.' }) @IsOptional() @Min(2000) @Max(2100) targetYear?: number | null;
}
