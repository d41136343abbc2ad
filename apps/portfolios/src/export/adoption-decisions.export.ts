import { z } from 'zod';
import { ExportColumn, ExportDataset, readsAny, SqlParams, where } from '@samspill/server-export';
import { municipalityInScope } from './portfolio-scope.sql';

interface AdoptionDecisionsFilter {
  networkId?: string;
  municipalityId?: string;
  initiativeId?: string;
}

const filter = z
  .object({
    networkId: z.string().min(1).max(63).optional(),
    municipalityId: z.string().regex(/^\d{4}$/).optional(),
    initiativeId: z.string().min(1).max(100).optional(),
  })
  .strict();

const COLUMNS: ExportColumn[] = [
  { name: 'decisionId', type: 'string', description: 'Key. One decision taken on an adoption case (every decision is kept, reconsidered ones too).' },
  { name: 'caseId', type: 'string', description: 'The adoption case (one per initiative × target municipality).' },
  { name: 'initiativeId', type: 'string', description: 'The regional initiative decided on.' },
  { name: 'initiativeTitle', type: 'string', description: 'Title of the initiative.' },
  { name: 'networkId', type: 'string', description: 'Network that launched the initiative.' },
  { name: 'municipalityId', type: 'string', description: 'Deciding municipality (kommunenummer).' },
  { name: 'decision', type: 'string', description: 'ADOPT, ADAPT, DECLINE or DEFER.' },
  { name: 'rationale', type: 'string', description: 'Why the municipality decided so.' },
  { name: 'decidingBody', type: 'string', description: 'Political or administrative body that decided, if any.' },
  { name: 'caseNumber', type: 'string', description: "The municipality's case number (saksnummer), if any." },
  { name: 'reconsideration', type: 'boolean', description: 'true when this decision reconsidered an earlier one.' },
  { name: 'reason', type: 'string', description: 'Why an earlier decision was reconsidered.' },
  { name: 'decidedAt', type: 'timestamp', description: 'When the decision was taken (UTC).' },
  { name: 'current', type: 'boolean', description: "true for the case's latest decision; false once a reconsideration replaced it." },
  { name: 'supersedes', type: 'string', description: 'The earlier decision this one reconsidered.' },
  { name: 'supersededBy', type: 'string', description: 'The later decision that reconsidered this one.' },
];

/**
 * Adoption decisions with their history: the same records as AdoptionCase.history, without who
 * decided (an employee's identity). A reconsideration touches the case, so every decision of that
 * case comes again on the next increment with its `current` and `supersededBy` updated.
 */
export const adoptionDecisionsExport: ExportDataset<AdoptionDecisionsFilter> = {
  name: 'adoption-decisions',
  description: 'Every adoption decision taken by member municipalities on launched initiatives, including reconsidered ones, linked by supersedes / supersededBy.',
  key: ['decisionId'],
  columns: COLUMNS,
  filter,
  mayRead: readsAny,
  query({ filter: f, scope, since }) {
    const sql = new SqlParams();
    const conditions: string[] = [];
    if (f.networkId) conditions.push(`c.network_id = ${sql.param(f.networkId)}`);
    if (f.municipalityId) conditions.push(`c.municipality_id = ${sql.param(f.municipalityId)}`);
    if (f.initiativeId) conditions.push(`c.initiative_id = ${sql.param(f.initiativeId)}`);
    const inScope = municipalityInScope(sql, scope, 'c.municipality_id');
    if (inScope) conditions.push(inScope);
    if (since) {
      const w = sql.param(since);
      conditions.push(`(d.bi_xid >= ${w}::xid8 OR c.bi_xid >= ${w}::xid8)`);
    }
    return [
      {
        text: `SELECT d.id::text AS "decisionId", c.id::text AS "caseId", c.initiative_id AS "initiativeId", c.initiative_title AS "initiativeTitle",
                 c.network_id AS "networkId", c.municipality_id::text AS "municipalityId", d.decision, d.rationale, d.deciding_body AS "decidingBody",
                 d.case_number AS "caseNumber", d.reconsideration, d.reason, d.decided_at AS "decidedAt",
                 d.next_id IS NULL AS current, d.prev_id::text AS supersedes, d.next_id::text AS "supersededBy",
                 false AS "rowDeleted"
               FROM (SELECT x.*, lag(x.id) OVER w AS prev_id, lead(x.id) OVER w AS next_id
                     FROM adoption_decision x WINDOW w AS (PARTITION BY x.case_id ORDER BY x.decided_at, x.id)) d
               JOIN adoption_case c ON c.id = d.case_id
               ${where(conditions)}
               ORDER BY d.decided_at, d.id`,
        values: sql.values,
      },
    ];
  },
};
