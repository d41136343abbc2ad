import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Audience, DispositionKind, MAX_TEXT } from '../../consultation/consultation.model';
import { IsMunicipalityNumber } from '@samspill/server-graphql';

/**
 * One answer; set the field of the question's kind. Text is capped here at the house limit so an
 * oversized request is refused before it is looked at; the question's own maxLength is checked later.
 */
@InputType('ConsultationAnswerInput')
export class AnswerInput {
  @Field() @Length(1, 20) questionId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(MAX_TEXT) text?: string | null;
  @Field(() => Int, { nullable: true }) scale?: number | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @Length(1, 200, { each: true }) ranking?: string[] | null;
}

@InputType()
export class MunicipalityResponseInput {
  @Field() @IsMunicipalityNumber() municipalityId: string;
  @Field(() => [AnswerInput]) @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) answers: AnswerInput[];
}

@InputType()
export class ParticipantResponseInput {
  @Field(() => Audience, { nullable: true, description: 'EMPLOYEES, CITIZENS or PARTNERS; anonymous answers are always CITIZENS.' })
  audience?: Audience | null;
  @Field(() => [AnswerInput]) @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) answers: AnswerInput[];
}

@InputType('ConsultationDispositionInput')
export class DispositionInput {
  @Field(() => DispositionKind) kind: DispositionKind;
  @Field() @Length(1, 5000) note: string;
  @Field(() => String, { nullable: true, description: 'A typed link to what changed, e.g. "strategyVersion:<strategyId>@<n>".' })
  @IsOptional()
  @Matches(/^[a-zA-Z][a-zA-Z0-9-]*:\S{1,300}$/, { message: 'link must look like <kind>:<reference>, e.g. strategyVersion:<id>@2' })
  link?: string | null;
}
