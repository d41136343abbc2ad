import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionType } from '@samspill/server-graphql';
import { RevisionStatus, StrategyStatus } from './strategy.entity';

registerEnumType(StrategyStatus, { name: 'StrategyStatus' });
registerEnumType(RevisionStatus, {
  name: 'StrategyRevisionStatus',
  description: 'Where the revision of an adopted strategy stands.',
  valuesConfig: {
    DRAFT: { description: 'Being edited by the network.' },
    IN_CONSULTATION: { description: 'Out for consultation: no edits until it is back in DRAFT or adopted.' },
  },
});

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
  @Field(() => String, { nullable: true, description: 'Why a REMOVED element was retired; null otherwise (and for versions adopted before retirements were recorded).' })
  reason: string | null;
}

@ObjectType('StrategyRevision', {
  description: 'The draft of the next version of an adopted strategy. The adopted version stays in force, public and current until the revision is adopted.',
})
export class StrategyRevisionType {
  @Field(() => RevisionStatus, { description: 'DRAFT or IN_CONSULTATION.' }) status: RevisionStatus;
  @Field({ description: 'When the revision was opened (returnStrategyToDraft on the adopted strategy).' }) openedAt: Date;
  @Field(() => Int, { description: 'The version in force, which this revision amends.' }) basedOnVersion: number;
  @Field(() => GraphQLJSONObject, { description: 'The whole tree as adopting the revision now would make it (same shape as StrategyVersion.snapshot).' })
  snapshot: object;
  @Field(() => [VersionChangeType], { description: 'What the revision changes, adds and removes against the version in force.' })
  changes: VersionChangeType[];
}
