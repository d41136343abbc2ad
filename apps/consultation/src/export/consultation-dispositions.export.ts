import { ExportColumn, ExportDataset, readsNetworks, SqlParams, where } from '@samspill/server-export';
import { consultationConditions } from './consultation-exports.scope';
import { consultationFilter } from './consultation-results.export';

const COLUMNS: ExportColumn[] = [
  { name: 'responseId', type: 'string', description: 'Key. One counted response.' },
  { name: 'consultationId', type: 'string', description: 'The closed or concluded consultation.' },
  { name: 'networkId', type: 'string', description: 'Network that ran the consultation.' },
  { name: 'subjectType', type: 'string', description: 'STRATEGY, INITIATIVE or PROJECT.' },
  { name: 'subjectId', type: 'string', description: 'Id of the strategy, initiative or project.' },
  { name: 'respondentKind', type: 'string', description: 'MUNICIPALITY (a formal answer) or PARTICIPANT (a person; never identified here).' },
  { name: 'audience', type: 'string', description: 'MEMBER_MUNICIPALITIES, EMPLOYEES, CITIZENS or PARTNERS.' },
  { name: 'municipalityId', type: 'string', description: 'The answering municipality of a formal answer; empty for participants.' },
  { name: 'submittedAt', type: 'timestamp', description: 'When the response was submitted (UTC).' },
  { name: 'revisedAt', type: 'timestamp', description: 'When it was last revised.' },
  { name: 'disposition', type: 'string', description: 'What happened to the input: ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED or NOTED; empty until disposed.' },
  { name: 'dispositionNote', type: 'string', description: "The network's note on the disposition." },
  { name: 'dispositionLink', type: 'string', description: 'What changed, e.g. strategyVersion:<strategyId>@<n>.' },
  { name: 'disposedAt', type: 'timestamp', description: 'When the disposition was recorded.' },
];

/**
 * Dispositions of every counted response: what happened to the input, never who gave it (no
 * pseudonym, no answers, no comments). A response hidden by moderation or erased leaves the
 * export: a tombstone on the next increment.
 */
export const consultationDispositionsExport: ExportDataset<{ networkId?: string; consultationId?: string }> = {
  name: 'consultation-dispositions',
  description: 'One row per counted response of closed and concluded consultations with its disposition; no personal data.',
  key: ['responseId'],
  columns: COLUMNS,
  filter: consultationFilter,
  mayRead: readsNetworks,
  query({ filter: f, scope, since }) {
    const sql = new SqlParams();
    const conditions = [...consultationConditions(sql, scope, f), 'NOT r.hidden'];
    if (since) {
      const w = sql.param(since);
      conditions.push(`(r.bi_xid >= ${w}::xid8 OR c.bi_xid >= ${w}::xid8)`);
    }
    const rows = {
      text: `SELECT r.id::text AS "responseId", c.id::text AS "consultationId", c.network_id AS "networkId", c.subject_type AS "subjectType",
               c.subject_id AS "subjectId", r.respondent_kind AS "respondentKind", r.audience, r.municipality_id::text AS "municipalityId",
               r.submitted_at AS "submittedAt", r.revised_at AS "revisedAt", r.disposition, r.disposition_note AS "dispositionNote",
               r.disposition_link AS "dispositionLink", r.disposed_at AS "disposedAt", false AS "rowDeleted"
             FROM response r JOIN consultation c ON c.id = r.consultation_id
             ${where(conditions)}
             ORDER BY r.submitted_at, r.id`,
      values: sql.values,
    };
    if (!since) return [rows];
    const t = new SqlParams();
    const tw = t.param(since);
    const hidden = [...consultationConditions(t, scope, f), 'r.hidden', `r.bi_xid >= ${tw}::xid8`];
    const deleted = [`d.tbl = 'response'`, `d.deleted_xid >= ${tw}::xid8`, ...consultationConditions(t, scope, f)];
    return [
      rows,
      {
        text: `SELECT r.id::text AS "responseId", true AS "rowDeleted" FROM response r JOIN consultation c ON c.id = r.consultation_id ${where(hidden)}
               UNION
               SELECT d.row_data->>'id', true FROM bi_deleted d JOIN consultation c ON c.id::text = d.row_data->>'consultation_id' ${where(deleted)}`,
        values: t.values,
      },
    ];
  },
};
