import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ForwardPageArgs, IsMunicipalityNumber } from '@samspill/server-graphql';
import { ProjectPhase, ServiceArea } from '../project.entity';
import { Rag } from '../status-report.entity';

const MAX_NOK = 1e12;

@InputType()
export class CreateProjectInput {
  @Field() @IsMunicipalityNumber() municipalityId: string;
  @Field() @Length(3, 200) name: string;
  @Field({ defaultValue: '' }) @Length(0, 10000) description: string;
  @Field(() => ServiceArea, { defaultValue: ServiceArea.GENERAL }) serviceArea: ServiceArea;
  @Field(() => Float, { nullable: true, description: 'NOK.' }) @IsOptional() @Min(0) @Max(MAX_NOK) budget?: number | null;
  @Field(() => Float, { nullable: true, description: 'NOK.' }) @IsOptional() @Min(0) @Max(MAX_NOK) costToDate?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 200) owner?: string | null;
  @Field(() => Int, { nullable: true, description: '1 (highest) to 5.' }) @IsOptional() @Min(1) @Max(5) priority?: number | null;
}

@InputType()
export class UpdateProjectInput {
  @Field({ nullable: true }) @IsOptional() @Length(3, 200) name?: string;
  @Field({ nullable: true }) @IsOptional() @Length(0, 10000) description?: string;
  @Field(() => ServiceArea, { nullable: true }) serviceArea?: ServiceArea;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(MAX_NOK) budget?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(MAX_NOK) costToDate?: number;
  @Field({ nullable: true }) @IsOptional() @Length(2, 200) owner?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(5) priority?: number;
}

@InputType()
export class ReportStatusInput {
  @Field(() => Rag) overall: Rag;
  @Field(() => Rag) schedule: Rag;
  @Field(() => Rag) budget: Rag;
  @Field(() => Rag) quality: Rag;
  @Field(() => Rag) risk: Rag;
  @Field({ defaultValue: '' }) @Length(0, 5000) comment: string;
  @Field({ defaultValue: false, description: 'Show the comment publicly (e.g. in portal embeds); internal by default.' }) public: boolean;
}

@ArgsType()
export class ProjectsArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsMunicipalityNumber() municipalityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 100) initiativeId?: string | null;
  @Field(() => ProjectPhase, { nullable: true }) phase?: ProjectPhase | null;
  @Field(() => ServiceArea, { nullable: true }) serviceArea?: ServiceArea | null;
}
