import { z } from 'zod';
import { ExportColumn, ExportDataset, readsAny, SqlParams, where } from '@samspill/server-export';
import { benefitWhere, factsQuery, FROM_BENEFIT } from '../realisation/realisation.sql';
import type { BenefitFactFilter } from '../realisation/dto/realisation.inputs';
import { periodProblem } from '../realisation/period.rules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const filter = z
  .object({
    municipalityId: z.string().regex(/^\d{4}$/).optional(),
    initiativeId: z.string().min(1).max(100).optional(),
    goalId: z.string().min(1).max(100).optional(),
    focusAreaId: z.string().min(1).max(100).optional(),
    networkId: z.string().min(1).max(100).optional(),
    projectId: z.string().min(1).max(100).optional(),
    // Literal, not the GraphQL enum: the export definitions load without type-graphql (docs generator).
    type: z.enum(['EFFICIENCY', 'QUALITY', 'OTHER_ACTORS']).optional(),
    from: z.string().regex(DATE).optional(),
    to: z.string().regex(DATE).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const problem = periodProblem(f.from, f.to);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });

const UNIT = "the benefit's own unit (see unit)";

export const BENEFIT_FACT_COLUMNS: ExportColumn[] = [
  { name: 'measurementId', type: 'string', description: 'Key. The measurement (one row per current measurement).' },
  { name: 'measuredOn', type: 'date', description: 'Date the value was measured.' },
  { name: 'period', type: 'string', description: 'Quarter of measuredOn, e.g. 2026-Q1.' },
  { name: 'networkId', type: 'string', description: "Network of the benefit's initiative (empty for a project without initiative)." },
  { name: 'municipalityId', type: 'string', description: 'Municipality number (kommunenummer) owning the project.' },
  { name: 'municipalityName', type: 'string', description: 'Municipality name.' },
  { name: 'county', type: 'string', description: 'County (fylke) of the municipality.' },
  { name: 'initiativeId', type: 'string', description: 'Regional initiative the project realises, if any.' },
  { name: 'initiativeTitle', type: 'string', description: 'Title of the initiative.' },
  { name: 'goalId', type: 'string', description: 'Strategy goal of the initiative.' },
  { name: 'focusAreaId', type: 'string', description: 'Focus area (innsatsområde) of the goal.' },
  { name: 'projectId', type: 'string', description: 'Municipal project whose benefit plan holds the benefit.' },
  { name: 'projectName', type: 'string', description: 'Project name.' },
  { name: 'benefitId', type: 'string', description: 'The benefit measured.' },
  { name: 'benefitType', type: 'string', description: 'EFFICIENCY (budget savings, NOK), QUALITY (physical units) or OTHER_ACTORS (effects for others).' },
  { name: 'indicator', type: 'string', description: 'What is measured.' },
  { name: 'unit', type: 'string', description: 'Unit of baselineValue, targetValue and value (NOK for EFFICIENCY).' },
  { name: 'isDisbenefit', type: 'boolean', description: 'true for a dis-benefit (a negative effect that counts against gains).' },
  { name: 'baselineValue', type: 'decimal', unit: UNIT, description: 'Baseline (nullpunktsmåling); empty when not yet measured.' },
  { name: 'baselineDate', type: 'date', description: 'Date of the baseline.' },
  { name: 'targetValue', type: 'decimal', unit: UNIT, description: 'Target value.' },
  { name: 'targetDate', type: 'date', description: 'Date the target should be reached.' },
  { name: 'value', type: 'decimal', unit: UNIT, description: 'Measured value.' },
  { name: 'achievement', type: 'decimal', unit: 'fraction (1 = target reached)', description: '(value − baseline) / (target − baseline), six decimals; empty without baseline and target.' },
  { name: 'source', type: 'string', description: 'Where the value comes from (system, survey …).' },
  // Issue 10's columns, after source so reports that read by position keep working.
  { name: 'direction', type: 'string', description: 'Which way is better: HIGHER_IS_BETTER or LOWER_IS_BETTER (e.g. shorter case-handling time).' },
  { name: 'plannedGain', type: 'decimal', unit: UNIT, description: 'Signed planned gain of the benefit (negative for a dis-benefit).' },
  { name: 'realisedGain', type: 'decimal', unit: UNIT, description: 'Signed gain of this measurement: sign × (value − baseline); negative counts against.' },
  { name: 'supersedes', type: 'string', description: 'The measurement this one corrects, if it is a correction: that row is replaced by this one.' },
  { name: 'supersededBy', type: 'string', description: 'On a tombstone: the correcting measurement that replaced this one.' },
];

/** Benefit measurements as flat facts: the same rows as the benefitFacts query. */
export const benefitFactsExport: ExportDataset<BenefitFactFilter> = {
  name: 'benefit-facts',
  description: 'One row per current benefit measurement with its dimensions (network, municipality, initiative, goal, focus area, project) and achievement.',
  key: ['measurementId'],
  columns: BENEFIT_FACT_COLUMNS,
  filter: filter as unknown as z.ZodType<BenefitFactFilter>,
  mayRead: readsAny,
  query({ filter: f, scope, since }) {
    const rows = factsQuery(f, scope, null, null, since);
    if (!since) return [rows];
    // A correction supersedes the old measurement: on the next increment the old row is a tombstone.
    const sql = new SqlParams();
    const w = sql.param(since);
    const conditions = ['x.superseded_by IS NOT NULL', `x.bi_xid >= ${w}::xid8`, ...benefitWhere(sql, f, scope)];
    if (f?.from) conditions.push(`x.measured_on >= ${sql.param(f.from)}::date`);
    if (f?.to) conditions.push(`x.measured_on <= ${sql.param(f.to)}::date`);
    const tombstones = {
      text: `SELECT x.id AS "measurementId", x.superseded_by AS "supersededBy", true AS "rowDeleted"
             FROM measurement x JOIN (${FROM_BENEFIT}) ON b.id = x.benefit_id ${where(conditions)} ORDER BY x.seq`,
      values: sql.values,
    };
    return [rows, tombstones];
  },
};
