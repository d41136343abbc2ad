import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@samspill/server-graphql';
import { BenefitDirection, BenefitScaling, BenefitType, CostSharingModel, InitiativeStatus } from './initiative.entity';

registerEnumType(InitiativeStatus, { name: 'InitiativeStatus' });
registerEnumType(CostSharingModel, { name: 'CostSharingModel' });
registerEnumType(BenefitType, { name: 'BenefitType' });
registerEnumType(BenefitDirection, {
  name: 'BenefitDirection',
  description: 'Which way the indicator is better: a shorter case-handling time is LOWER_IS_BETTER.',
});
registerEnumType(BenefitScaling, {
  name: 'BenefitScaling',
  description: 'FIXED: the amount per adopting municipality; PER_1000_INHABITANTS: scaled by its population.',
});

@ObjectType('BenefitExpectation', { description: 'One expected benefit per adopting municipality and year.' })
export class BenefitExpectationType {
  @Field(() => BenefitType) type: BenefitType;
  @Field() indicator: string;
  @Field() unit: string;
  @Field(() => Float) amountPerYear: number;
  @Field(() => BenefitScaling) scaling: BenefitScaling;
  @Field(() => BenefitDirection) direction: BenefitDirection;
  @Field({ description: 'A negative effect (e.g. new licence costs): it counts against the gains.' }) isDisbenefit: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType('Initiative', { description: 'A shared regional project or programme under a goal.' })
export class InitiativeType {
  @Field(() => ID) id: string;
  @Field(() => String) goalId: string;
  @Field(() => String) networkId: string;
  @Field() title: string;
  @Field() description: string;
  @Field({ description: 'Who leads it, e.g. a lead municipality or the secretariat.' }) owner: string;
  @Field(() => CostSharingModel) costSharingModel: CostSharingModel;
  @Field(() => InitiativeStatus) status: InitiativeStatus;
  @Field(() => [BenefitExpectationType]) expectedBenefits: BenefitExpectationType[];
  @Field(() => [String], { description: 'Municipalities it was launched for (empty before launch).' })
  targetMunicipalityIds: string[];
  @Field(() => Date, { nullable: true }) launchedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => String, { nullable: true }) closingNote: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was retired from the strategy (a revision took it out); its adoption cases and projects stay.' })
  retiredAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was retired.' }) retirementReason: string | null;
  @Field(() => Int, { nullable: true, description: 'The strategy version that retired it; null if it was retired before ever being adopted.' })
  retiredInVersion: number | null;
}

export const InitiativeConnection = ConnectionType(InitiativeType, 'Initiative');
