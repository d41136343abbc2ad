import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '@samspill/server-graphql';
import { ActivityKind, Tranche } from './activity.entity';

registerEnumType(ActivityKind, { name: 'ActivityKind' });
registerEnumType(Tranche, { name: 'Tranche', description: 'T1 network, T2 interplay network↔municipality, T3 municipal.' });

@ObjectType('StrategizingActivity', { description: 'A workshop, meeting or formal decision: how the strategy was made.' })
export class ActivityType {
  @Field(() => ID) id: string;
  @Field(() => String) networkId: string;
  @Field(() => String, { nullable: true }) strategyId: string | null;
  @Field(() => String, { nullable: true }) initiativeId: string | null;
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field(() => Tranche) tranche: Tranche;
  @Field() title: string;
  @Field(() => LocalDateResolver) occurredOn: string;
  @Field(() => [String]) participants: string[];
  @Field() outcome: string;
  @Field(() => String, { nullable: true, description: 'E.g. "Styringsgruppen".' }) decidingBody: string | null;
  @Field(() => String, { nullable: true, description: 'Case number of a formal decision.' }) caseNumber: string | null;
}

export const ActivityConnection = ConnectionType(ActivityType, 'StrategizingActivity');
