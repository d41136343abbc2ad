import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionType } from '@samspill/server-graphql';
import { StrategyStatus } from './strategy.entity';

registerEnumType(StrategyStatus, { name: 'StrategyStatus' });

@Directive('@key(fields: "id")')
@ObjectType('Strategy', { description: "A network's digitalisation strategy for a period." })
export class StrategyType {
  @Field(() => ID) id: string;
  @Field(() => String) networkId: string;
  @Field() title: string;
  @Field(() => Int) periodStart: number;
  @Field(() => Int) periodEnd: number;
  @Field() vision: string;
  @Field(() => StrategyStatus) status: StrategyStatus;
  @Field(() => Int, { description: 'Latest adopted version number; 0 if never adopted.' }) currentVersion: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const StrategyConnection = ConnectionType(StrategyType, 'Strategy');

@ObjectType('StrategyVersion', { description: 'An immutable snapshot of a strategy as adopted.' })
export class StrategyVersionType {
  @Field(() => ID) id: string;
  @Field(() => String) strategyId: string;
  @Field(() => Int) versionNumber: number;
  @Field() adoptedAt: Date;
  @Field() adoptedBy: string;
  @Field({ description: 'The decision that adopted it, e.g. a steering-group case number.' }) decisionReference: string;
  @Field(() => GraphQLJSONObject, { description: 'The full tree (focus areas → goals → initiatives) as adopted.' })
  snapshot: object;
}

@ObjectType('StrategyVersionChange')
export class VersionChangeType {
  @Field({ description: 'ADDED, REMOVED or CHANGED.' }) change: string;
  @Field({ description: 'STRATEGY, FOCUS_AREA, GOAL or INITIATIVE.' }) entity: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field() title: string;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field(() => String, { nullable: true, description: 'JSON text of the old value.' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON text of the new value.' }) after: string | null;
}
