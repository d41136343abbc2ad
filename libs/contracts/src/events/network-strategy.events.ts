import { z } from 'zod';
import { entityId, isoDate, isoDateTime, municipalityNumber } from './common';

export const networkCreatedV1 = z.object({
  networkId: entityId,
  name: z.string(),
  region: z.string(),
});

export const municipalityRegisteredV1 = z.object({
  municipalityId: municipalityNumber,
  name: z.string(),
  county: z.string(),
  population: z.number().int().nonnegative(),
});

export const municipalityUpdatedV1 = municipalityRegisteredV1;

/**
 * Issue 11: a membership starts when the municipality accepts the network's invitation (this
 * event is the acceptance). `invitationId` was added as a default: events from before consent
 * existed read as null, and no consumer needs two code paths.
 */
export const municipalityJoinedNetworkV1 = z.object({
  networkId: entityId,
  municipalityId: municipalityNumber,
  joinedOn: isoDate,
  invitationId: entityId.nullable().default(null),
});

/** The membership ended: revoked by the network, or left by the municipality (older events: the network). */
export const municipalityLeftNetworkV1 = z.object({
  networkId: entityId,
  municipalityId: municipalityNumber,
  leftOn: isoDate,
  endedBy: z.enum(['NETWORK', 'MUNICIPALITY']).default('NETWORK'),
});

/** A network invited a municipality; nothing is shared until its editor accepts. */
export const membershipInvitedV1 = z.object({
  invitationId: entityId,
  networkId: entityId,
  municipalityId: municipalityNumber,
  joinedOn: isoDate.nullable(),
  invitedAt: isoDateTime,
});

export const membershipInvitationDeclinedV1 = z.object({
  invitationId: entityId,
  networkId: entityId,
  municipalityId: municipalityNumber,
  declinedAt: isoDateTime,
});

export const membershipInvitationWithdrawnV1 = z.object({
  invitationId: entityId,
  networkId: entityId,
  municipalityId: municipalityNumber,
  withdrawnAt: isoDateTime,
});

export const strategyCreatedV1 = z.object({
  strategyId: entityId,
  networkId: entityId,
  title: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
});

const strategyStatus = z.enum(['DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'SUPERSEDED']);

export const strategyStatusChangedV1 = z.object({
  strategyId: entityId,
  networkId: entityId,
  from: strategyStatus,
  to: strategyStatus,
});

export const strategyAdoptedV1 = z.object({
  strategyId: entityId,
  networkId: entityId,
  versionId: entityId,
  versionNumber: z.number().int().positive(),
  adoptedAt: isoDateTime,
  supersededStrategyId: entityId.nullable(),
});

/**
 * Issue 10: an adopted strategy is revised while it stays in force. A revision opens (NONE →
 * DRAFT), may go to consultation and back, and closes when adopted as the next version (→
 * ADOPTED) or when the strategy is superseded first (→ DISCARDED).
 */
const revisionStage = z.enum(['NONE', 'DRAFT', 'IN_CONSULTATION']);

export const strategyRevisionStatusChangedV1 = z.object({
  strategyId: entityId,
  networkId: entityId,
  basedOnVersion: z.number().int().positive(),
  from: revisionStage,
  to: z.enum(['DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'DISCARDED']),
});

/** The version that put a change or retirement into force; null for content never adopted (edited directly). */
const inVersion = z.number().int().positive().nullable();

export const strategyChangedV1 = z.object({
  strategyId: entityId,
  networkId: entityId,
  title: z.string(),
  vision: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  versionNumber: inVersion,
});

export const focusAreaAddedV1 = z.object({
  focusAreaId: entityId,
  strategyId: entityId,
  title: z.string(),
});

export const focusAreaChangedV1 = z.object({
  focusAreaId: entityId,
  strategyId: entityId,
  title: z.string(),
  description: z.string(),
  versionNumber: inVersion,
});

/** Retired elements stay (history, references from other services) but are no longer part of the strategy. */
export const focusAreaRetiredV1 = z.object({
  focusAreaId: entityId,
  strategyId: entityId,
  reason: z.string().min(1),
  retiredAt: isoDateTime,
  versionNumber: inVersion,
});

export const goalAddedV1 = z.object({
  goalId: entityId,
  focusAreaId: entityId,
  title: z.string(),
  indicator: z.string(),
  targetValue: z.number().nullable(),
});

export const goalChangedV1 = z.object({
  goalId: entityId,
  focusAreaId: entityId,
  title: z.string(),
  description: z.string(),
  indicator: z.string(),
  unit: z.string(),
  baselineValue: z.number().nullable(),
  targetValue: z.number().nullable(),
  targetYear: z.number().int().nullable(),
  versionNumber: inVersion,
});

export const goalRetiredV1 = z.object({
  goalId: entityId,
  focusAreaId: entityId,
  reason: z.string().min(1),
  retiredAt: isoDateTime,
  versionNumber: inVersion,
});

export const benefitDirection = z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']);

export const benefitExpectationV1 = z.object({
  type: z.enum(['EFFICIENCY', 'QUALITY', 'OTHER_ACTORS']),
  indicator: z.string(),
  unit: z.string(),
  /** The expected yearly change, toward the better side (a dis-benefit: toward the worse side). */
  amountPerYear: z.number(),
  scaling: z.enum(['FIXED', 'PER_1000_INHABITANTS']),
  /** Added in issue 10; events published before it read as a higher-is-better benefit. */
  direction: benefitDirection.default('HIGHER_IS_BETTER'),
  isDisbenefit: z.boolean().default(false),
});

const initiativeStatus = z.enum(['PROPOSED', 'APPROVED', 'LAUNCHED', 'CLOSED']);

export const initiativeProposedV1 = z.object({
  initiativeId: entityId,
  goalId: entityId,
  networkId: entityId,
  title: z.string(),
  expectedBenefits: z.array(benefitExpectationV1),
});

export const initiativeStatusChangedV1 = z.object({
  initiativeId: entityId,
  networkId: entityId,
  from: initiativeStatus,
  to: initiativeStatus,
});

export const initiativeLaunchedV1 = z.object({
  initiativeId: entityId,
  networkId: entityId,
  goalId: entityId,
  title: z.string(),
  launchedAt: isoDateTime,
  targetMunicipalityIds: z.array(municipalityNumber).min(1),
  expectedBenefits: z.array(benefitExpectationV1),
});

/** The initiative as it now stands; a launched initiative's benefit profile does not change (members decided on it). */
export const initiativeChangedV1 = z.object({
  initiativeId: entityId,
  networkId: entityId,
  goalId: entityId,
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  costSharingModel: z.string(),
  expectedBenefits: z.array(benefitExpectationV1),
  versionNumber: inVersion,
});

/** Taken out of the strategy: adoption cases and projects stay, shown as belonging to a retired initiative. */
export const initiativeRetiredV1 = z.object({
  initiativeId: entityId,
  networkId: entityId,
  goalId: entityId,
  reason: z.string().min(1),
  retiredAt: isoDateTime,
  versionNumber: inVersion,
});

export const strategizingActivityRecordedV1 = z.object({
  activityId: entityId,
  networkId: entityId,
  kind: z.string(),
  tranche: z.enum(['T1_NETWORK', 'T2_INTERPLAY', 'T3_MUNICIPAL']),
  occurredOn: isoDate,
  title: z.string(),
});
