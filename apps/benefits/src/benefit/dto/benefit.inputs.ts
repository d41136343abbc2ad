import { Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { IsIsoDate } from '@samspill/server-graphql';
import { BenefitDirection, BenefitKind, BenefitRealisationMethod } from '../benefit.model';

@InputType()
export class AddBenefitInput {
  @Field(() => BenefitKind) type: BenefitKind;
  @Field() @Length(2, 300) indicator: string;
  @Field() @Length(1, 50) unit: string;
  @Field({ defaultValue: false }) isDisbenefit: boolean;
  @Field(() => BenefitDirection, { defaultValue: BenefitDirection.HIGHER_IS_BETTER }) direction: BenefitDirection;
  @Field(() => BenefitRealisationMethod, { nullable: true }) realisationMethod?: BenefitRealisationMethod | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 200) owner?: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal as a string.' }) targetValue?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() targetDate?: string | null;
}

@InputType()
export class UpdateBenefitInput {
  @Field({ nullable: true }) @IsOptional() @Length(2, 300) indicator?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 50) unit?: string;
  @Field({ nullable: true }) isDisbenefit?: boolean;
  @Field(() => BenefitDirection, { nullable: true }) direction?: BenefitDirection;
  @Field(() => BenefitRealisationMethod, { nullable: true }) realisationMethod?: BenefitRealisationMethod;
  @Field({ nullable: true }) @IsOptional() @Length(2, 200) owner?: string;
}

@InputType()
export class MeasurementInput {
  @Field({ description: 'YYYY-MM-DD.' }) @IsIsoDate() measuredOn: string;
  @Field({ description: 'Decimal as a string, at most two decimals, |value| ≤ 1e13.' }) value: string;
  @Field({ defaultValue: '' }) @Length(0, 500) source: string;
  @Field({ defaultValue: '' }) @Length(0, 5000) comment: string;
}
