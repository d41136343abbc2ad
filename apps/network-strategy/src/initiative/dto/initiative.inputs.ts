import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { ForwardPageArgs, IsMunicipalityNumber } from '@samspill/server-graphql';
import { BenefitDirection, BenefitScaling, BenefitType, CostSharingModel, InitiativeStatus } from '../initiative.entity';

@InputType()
export class BenefitExpectationInput {
  @Field(() => BenefitType) type: BenefitType;
  @Field() @Length(2, 200) indicator: string;
  @Field() @Length(1, 50) unit: string;
  @Field(() => Float, { description: 'The expected change per year as a positive amount; the direction says which way it goes.' })
  @Min(0, { message: 'amountPerYear is the size of the expected change (≥ 0); the direction says which way is better' })
  @Max(1e12)
  amountPerYear: number;
  @Field(() => BenefitScaling, { defaultValue: BenefitScaling.FIXED }) scaling: BenefitScaling;
  @Field(() => BenefitDirection, { defaultValue: BenefitDirection.HIGHER_IS_BETTER }) direction: BenefitDirection;
  @Field({ defaultValue: false, description: 'A negative effect (e.g. new licence costs): seeded toward the worse side, counts against the gains.' }) isDisbenefit: boolean;
}

@InputType()
export class ProposeInitiativeInput {
  @Field() @Length(3, 200) title: string;
  @Field({ defaultValue: '' }) @Length(0, 10000) description: string;
  @Field() @Length(2, 200) owner: string;
  @Field(() => CostSharingModel) costSharingModel: CostSharingModel;
  @Field(() => [BenefitExpectationInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  expectedBenefits: BenefitExpectationInput[];
}

/** Only the fields given change; none can be cleared. */
@InputType({ description: 'Changes to an initiative: only the fields given change; none can be cleared.' })
export class UpdateInitiativeInput {
  @Field({ nullable: true, description: 'New title (3 to 200 characters).' }) @ValidateIf((_, v) => v !== undefined) @Length(3, 200) title?: string;
  @Field({ nullable: true, description: 'New description (up to 10000 characters).' }) @ValidateIf((_, v) => v !== undefined) @Length(0, 10000) description?: string;
  @Field({ nullable: true, description: 'Who leads it.' }) @ValidateIf((_, v) => v !== undefined) @Length(2, 200) owner?: string;
  @Field(() => CostSharingModel, { nullable: true, description: 'How the members share its cost.' })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(CostSharingModel)
  costSharingModel?: CostSharingModel;
  @Field(() => [BenefitExpectationInput], { nullable: true, description: 'The whole expected benefit profile; only before launch.' })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  expectedBenefits?: BenefitExpectationInput[];
}

@InputType()
export class LaunchInitiativeInput {
  @Field(() => [String], { nullable: true, description: "Municipalities to open it for; default: all current members of the network." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @IsMunicipalityNumber({ each: true, message: 'each target must be a four-digit municipality number' })
  targetMunicipalityIds?: string[] | null;
}

@ArgsType()
export class InitiativesArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 63) networkId?: string | null;
  @Field(() => InitiativeStatus, { nullable: true }) status?: InitiativeStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(36, 36) goalId?: string | null;
}
