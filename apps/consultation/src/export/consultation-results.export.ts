import { z } from 'zod';
import { ExportColumn, ExportDataset, readsNetworks, SqlParams, where } from '@samspill/server-export';
import type { Answer, Question } from '../consultation/consultation.model';
import { aggregate } from '../results/aggregate';
import { consultationConditions } from './consultation-exports.scope';

interface ConsultationFilter {
  networkId?: string;
  consultationId?: string;
}

export const consultationFilter = z
  .object({ networkId: z.string().min(1).max(63).optional(), consultationId: z.uuid().optional() })
  .strict();

const COLUMNS: ExportColumn[] = [
  { name: 'consultationId', type: 'string', description: 'Key (with questionId). A closed or concluded consultation round.' },
  { name: 'questionId', type: 'string', description: 'Key (with consultationId). q1, q2 … in the order asked.' },
  { name: 'networkId', type: 'string', description: 'Network that ran the consultation.' },
  { name: 'subjectType', type: 'string', description: 'What was consulted on: STRATEGY, INITIATIVE or PROJECT.' },
  { name: 'subjectId', type: 'string', description: 'Id of the strategy, initiative or project.' },
  { name: 'title', type: 'string', description: 'Title of the consultation.' },
  { name: 'status', type: 'string', description: 'CLOSED or CONCLUDED.' },
  { name: 'closedAt', type: 'timestamp', description: 'When answering closed (UTC).' },
  { name: 'concludedAt', type: 'timestamp', description: 'When the network concluded (dispositions done).' },
  { name: 'responseCount', type: 'integer', description: 'Counted responses of the round (hidden ones excluded).' },
  { name: 'kind', type: 'string', description: 'FREE_TEXT, SCALE or RANKING.' },
  { name: 'prompt', type: 'string', description: 'The question as asked.' },
  { name: 'answerCount', type: 'integer', description: 'Responses that answered this question.' },
  { name: 'mean', type: 'decimal', description: 'SCALE: mean of the answers.' },
  { name: 'distribution', type: 'string', description: 'SCALE: answers per value as JSON, e.g. [{"value":1,"count":3}].' },
  { name: 'ranking', type: 'string', description: 'RANKING: Borda count per option, best first, as JSON: [{"option":"…","score":5,"position":1}].' },
];

/** Per question aggregates of closed rounds, as the Consultation.results query computes them; no answer text, no respondents. */
export const consultationResultsExport: ExportDataset<ConsultationFilter> = {
  name: 'consultation-results',
  description: 'Results of closed and concluded consultations, one row per question: answer count, mean and distribution (scale), Borda ranking. No personal data and no free-text answers.',
  key: ['consultationId', 'questionId'],
  columns: COLUMNS,
  filter: consultationFilter,
  mayRead: readsNetworks,
  query({ filter: f, scope, since }) {
    const sql = new SqlParams();
    const conditions = consultationConditions(sql, scope, f);
    if (since) {
      // A response hidden, revised or erased changes the results: the whole round comes again.
      const w = sql.param(since);
      conditions.push(`(c.bi_xid >= ${w}::xid8 OR EXISTS (SELECT 1 FROM response r WHERE r.consultation_id = c.id AND r.bi_xid >= ${w}::xid8)
        OR EXISTS (SELECT 1 FROM bi_deleted d WHERE d.tbl = 'response' AND d.row_data->>'consultation_id' = c.id::text AND d.deleted_xid >= ${w}::xid8))`);
    }
    return [
      {
        text: `SELECT c.id::text AS "consultationId", c.network_id AS "networkId", c.subject_type AS "subjectType", c.subject_id AS "subjectId",
                 c.title, c.status, c.closed_at AS "closedAt", c.concluded_at AS "concludedAt", c.questions,
                 coalesce((SELECT jsonb_agg(r.answers ORDER BY r.submitted_at, r.id) FROM response r WHERE r.consultation_id = c.id AND NOT r.hidden), '[]') AS answers,
                 false AS "rowDeleted"
               FROM consultation c ${where(conditions)}
               ORDER BY c.created_at, c.id`,
        values: sql.values,
      },
    ];
  },
  expand(row) {
    const answers = row.answers as Answer[][];
    const { questions, answers: _answers, ...round } = row as Record<string, unknown> & { questions: Question[] };
    return aggregate(questions, answers.map((a) => ({ answers: a }))).map((q) => ({
      ...round,
      responseCount: answers.length,
      questionId: q.questionId,
      kind: q.kind,
      prompt: q.prompt,
      answerCount: q.answerCount,
      mean: q.mean,
      distribution: q.kind === 'SCALE' ? JSON.stringify(q.distribution) : null,
      ranking: q.kind === 'RANKING' ? JSON.stringify(q.ranking) : null,
    }));
  },
};
