import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { ForwardPageArgs } from '@samspill/server-graphql';
import { Audience, ConsultationStatus, QuestionKind, SubjectType } from '../consultation.model';

@InputType('ConsultationQuestionInput')
export class QuestionInput {
  @Field(() => QuestionKind) kind: QuestionKind;
  @Field() @Length(3, 1000) prompt: string;
  @Field(() => Int, { nullable: true, description: 'FREE_TEXT: 1 to 5000 (default 5000).' }) @IsOptional() @Min(1) @Max(5000) maxLength?: number | null;
  @Field(() => Int, { nullable: true, description: 'SCALE: default 1.' }) @IsOptional() @Min(-100) @Max(100) min?: number | null;
  @Field(() => Int, { nullable: true, description: 'SCALE: default 5.' }) @IsOptional() @Min(-100) @Max(100) max?: number | null;
  @Field(() => [String], { nullable: true, description: 'RANKING: 2 to 20 distinct options.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  options?: string[] | null;
}

@InputType()
export class CreateConsultationInput {
  @Field() @Length(1, 100) networkId: string;
  @Field(() => SubjectType) subjectType: SubjectType;
  @Field() @Length(1, 100) subjectId: string;
  @Field() @Length(3, 200) title: string;
  @Field({ defaultValue: '' }) @Length(0, 10000) description: string;
  @Field(() => [Audience]) @ArrayMinSize(1) @ArrayMaxSize(4) audiences: Audience[];
  @Field({ defaultValue: false }) allowAnonymous: boolean;
  @Field(() => [QuestionInput]) @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) questions: QuestionInput[];
  @Field(() => Date, { nullable: true }) opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) closesAt?: Date | null;
}

@InputType({ description: 'Only while DRAFT. Questions, when given, replace all questions.' })
export class UpdateConsultationInput {
  @Field({ nullable: true }) @IsOptional() @Length(3, 200) title?: string;
  @Field({ nullable: true }) @IsOptional() @Length(0, 10000) description?: string;
  @Field(() => [Audience], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(4) audiences?: Audience[];
  @Field({ nullable: true }) allowAnonymous?: boolean;
  @Field(() => [QuestionInput], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) questions?: QuestionInput[];
  @Field(() => Date, { nullable: true }) opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) closesAt?: Date | null;
}

@ArgsType()
export class ConsultationsArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) networkId?: string | null;
  @Field(() => SubjectType, { nullable: true }) subjectType?: SubjectType | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 100) subjectId?: string | null;
  @Field(() => ConsultationStatus, { nullable: true }) status?: ConsultationStatus | null;
}


@ArgsType()
export class ResponsesArgs extends ForwardPageArgs {}
