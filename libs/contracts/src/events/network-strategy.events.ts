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

export const municipalityJoinedNetworkV1 = z.object({
  networkId: entityId,
  municipalityId: municipalityNumber,
  joinedOn: isoDate,
});

export const municipalityLeftNetworkV1 = z.object({
  networkId: entityId,
  municipalityId: municipalityNumber,
  leftOn: isoDate,
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

export const focusAreaAddedV1 = z.object({
  focusAreaId: entityId,
  strategyId: entityId,
  title: z.string(),
});

export const goalAddedV1 = z.object({
  goalId: entityId,
  focusAreaId: entityId,
  title: z.string(),
  indicator: z.string(),
  targetValue: z.number().nullable(),
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

export const strategizingActivityRecordedV1 = z.object({
  activityId: entityId,
  networkId: entityId,
  kind: z.string(),
  tranche: z.enum(['T1_NETWORK', 'T2_INTERPLAY', 'T3_MUNICIPAL']),
  occurredOn: isoDate,
  title: z.string(),
});
