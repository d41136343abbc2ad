import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TrancheStage } from './tranche-cell.entity';

registerEnumType(TrancheStage, { name: 'TrancheStage', description: 'How far an initiative has travelled in one municipality.' });

@ObjectType('TrancheCell', { description: 'One initiative × one target municipality in the tranche matrix.' })
export class TrancheCellType {
  @Field(() => ID) initiativeId: string;
  @Field(() => String) municipalityId: string;
  @Field(() => String) networkId: string;
  @Field(() => TrancheStage) stage: TrancheStage;
  @Field() launchedAt: Date;
  @Field() stageChangedAt: Date;
  @Field(() => Float, { description: 'Days since the cell entered its current stage.' }) daysInStage: number;
}
