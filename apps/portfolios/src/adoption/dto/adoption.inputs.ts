import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { ForwardPageArgs, IsMunicipalityNumber } from '@samspill/server-graphql';
import { ServiceArea } from '../../project/project.entity';
import { AdoptionCaseStatus, AdoptionDecision } from '../adoption-case.entity';

@InputType()
export class DecideAdoptionInput {
  @Field(() => AdoptionDecision) decision: AdoptionDecision;
  @Field() @Length(10, 5000) rationale: string;
  @Field(() => String, { nullable: true, description: 'E.g. "Kommunestyret".' }) @IsOptional() @Length(2, 200) decidingBody?: string | null;
  @Field(() => String, { nullable: true, description: 'E.g. "2025/123".' }) @IsOptional() @Length(1, 100) caseNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the project adopt/adapt creates; default: the initiative title.' })
  @IsOptional()
  @Length(3, 200)
  projectName?: string | null;
  @Field(() => ServiceArea, { nullable: true, description: 'Service area of the created project; default GENERAL.' })
  serviceArea?: ServiceArea | null;
}

@InputType()
export class ReconsiderAdoptionInput extends DecideAdoptionInput {
  @Field({ description: 'Why the final decision is being changed.' }) @Length(10, 5000) reason: string;
}

@ArgsType()
export class AdoptionCasesArgs extends ForwardPageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 100) initiativeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsMunicipalityNumber() municipalityId?: string | null;
  @Field(() => AdoptionCaseStatus, { nullable: true }) status?: AdoptionCaseStatus | null;
}
