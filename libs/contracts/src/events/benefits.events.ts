import { z } from 'zod';
import { entityId, isoDate, municipalityNumber } from './common';

/**
 * Amounts travel as decimal strings (numeric in PostgreSQL): NOK must stay exact to the øre,
 * which a JSON number (a double) cannot promise at national totals.
 */
export const decimalString = z.string().regex(/^-?\d{1,14}(\.\d{1,6})?$/, 'a decimal number as a string, e.g. "1234.50"');

export const benefitPlanCreatedV1 = z.object({
  planId: entityId,
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  benefitIds: z.array(entityId),
});

export const benefitMeasuredV1 = z.object({
  measurementId: entityId,
  benefitId: entityId,
  planId: entityId,
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  measuredOn: isoDate,
  value: decimalString,
  /** (value − baseline) / (target − baseline); null without a baseline or target. */
  achievement: decimalString.nullable(),
  /** The measurement this one corrects (it is superseded from now on). */
  correctionOf: entityId.nullable(),
});

export const benefitTargetChangedV1 = z.object({
  benefitId: entityId,
  planId: entityId,
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  targetValue: decimalString,
  targetDate: isoDate.nullable(),
});

/** Issue 10: a cancelled project's plan is closed; its benefits stop counting in rollups. */
export const benefitPlanClosedV1 = z.object({
  planId: entityId,
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  benefitIds: z.array(entityId),
  reason: z.string(),
  closedAt: z.iso.datetime({ offset: true }),
});

/**
 * Issue 10: the state a benefit's realisation is computed from, after every change to it
 * (measurement, correction, baseline, target, direction, its plan closing). `revision` grows by
 * one per change of the benefit, so a consumer keeps the highest it has seen and ends in the same
 * state whatever order or how often the events arrive.
 */
export const benefitRealisationChangedV1 = z.object({
  benefitId: entityId,
  planId: entityId,
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  revision: z.number().int().positive(),
  direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']),
  isDisbenefit: z.boolean(),
  baselineValue: decimalString.nullable(),
  targetValue: decimalString.nullable(),
  latestValue: decimalString.nullable(),
  latestMeasuredOn: isoDate.nullable(),
  /** (latest − baseline) / (target − baseline), six decimals, exactly as the benefits service shows it. */
  achievement: decimalString.nullable(),
  /** False once the plan is closed (its project cancelled): the benefit no longer counts. */
  counted: z.boolean(),
});
