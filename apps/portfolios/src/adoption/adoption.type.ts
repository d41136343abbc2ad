import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Restricted } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { maySeeEmployees, municipalityOfCase } from '../common/personal-data';
import { AdoptionCaseStatus, AdoptionDecision } from './adoption-case.entity';

const EMPLOYEE = 'The deciding employee: for the municipality\'s editors and its networks\' admins only, null for everyone else.';
/** Who decided a case: see maySeeEmployees. */
const caseEmployee = Restricted<Context, { municipalityId: string }>((ctx, c) => maySeeEmployees(ctx, c.municipalityId));
const decisionEmployee = Restricted<Context, { caseId: string }>(async (ctx, d) => {
  const municipalityId = await municipalityOfCase(ctx, d.caseId);
  return municipalityId !== null && maySeeEmployees(ctx, municipalityId);
});

registerEnumType(AdoptionDecision, { name: 'AdoptionDecision' });
registerEnumType(AdoptionCaseStatus, { name: 'AdoptionCaseStatus', description: 'OPEN and DEFERRED await a decision; the others are final.' });

@ObjectType('AdoptionCase', { description: "A target municipality's decision on a launched initiative." })
export class AdoptionCaseType {
  @Field(() => ID) id: string;
  @Field() initiativeId: string;
  @Field() networkId: string;
  @Field() municipalityId: string;
  @Field() initiativeTitle: string;
  @Field(() => AdoptionCaseStatus) status: AdoptionCaseStatus;
  @Field(() => AdoptionDecision, { nullable: true, description: 'The latest decision, if any.' }) decision: AdoptionDecision | null;
  @Field(() => String, { nullable: true }) rationale: string | null;
  @caseEmployee @Field(() => String, { nullable: true, description: EMPLOYEE }) decidedBy: string | null;
  @Field(() => String, { nullable: true, description: 'The political or administrative body, if any.' }) decidingBody: string | null;
  @Field(() => String, { nullable: true }) caseNumber: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true, description: "When the network's strategy retired the initiative; the case and any project stay." })
  initiativeRetiredAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the initiative was retired.' }) initiativeRetirementReason: string | null;
}

@ObjectType('AdoptionDecisionRecord', { description: 'One decision taken on a case; reconsiderations are recorded with their reason.' })
export class AdoptionDecisionRecordType {
  @Field(() => ID) id: string;
  @Field(() => AdoptionDecision) decision: AdoptionDecision;
  @Field() rationale: string;
  @decisionEmployee @Field(() => String, { nullable: true, description: EMPLOYEE }) decidedBy: string | null;
  @Field(() => String, { nullable: true }) decidingBody: string | null;
  @Field(() => String, { nullable: true }) caseNumber: string | null;
  @Field() reconsideration: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() decidedAt: Date;
}

@ObjectType('AdoptionRate', { description: 'How the target municipalities decided on an initiative.' })
export class AdoptionRateType {
  @Field(() => Int) targeted: number;
  @Field(() => Int, { description: 'Cases with a final decision (adopt, adapt or decline).' }) decided: number;
  @Field(() => Int) adopt: number;
  @Field(() => Int) adapt: number;
  @Field(() => Int) decline: number;
  @Field(() => Int) defer: number;
  @Field(() => Int) open: number;
  @Field(() => Float, { nullable: true, description: 'Adopted or adapted as a share (0..1) of decided; null before any decision.' })
  share: number | null;
}

export const AdoptionCaseConnection = ConnectionType(AdoptionCaseType, 'AdoptionCase');
