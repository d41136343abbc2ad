import { z } from 'zod';
import { ExportColumn, ExportDataset, readsAny, SqlParams, where } from '@samspill/server-export';
import { municipalityInScope } from './portfolio-scope.sql';

interface ProjectsFilter {
  municipalityId?: string;
  initiativeId?: string;
}

const filter = z
  .object({
    municipalityId: z.string().regex(/^\d{4}$/).optional(),
    initiativeId: z.string().min(1).max(100).optional(),
  })
  .strict();

const RAG = 'GREEN, YELLOW or RED';

const PROJECT_COLUMNS: ExportColumn[] = [
  { name: 'projectId', type: 'string', description: 'Key. The municipal project.' },
  { name: 'municipalityId', type: 'string', description: 'Municipality (kommunenummer) whose portfolio holds the project.' },
  { name: 'initiativeId', type: 'string', description: 'Regional initiative the project realises, if any.' },
  { name: 'adoptionCaseId', type: 'string', description: 'Adoption case whose adopt/adapt decision started the project, if any.' },
  { name: 'name', type: 'string', description: 'Project name.' },
  { name: 'serviceArea', type: 'string', description: 'Service area, e.g. HEALTH_AND_CARE, EDUCATION.' },
  { name: 'phase', type: 'string', description: 'IDEA, CONCEPT, PLANNING, EXECUTION, REALISATION or CLOSED (Prosjektveiviseren).' },
  { name: 'budget', type: 'decimal', unit: 'NOK', description: 'Budget.' },
  { name: 'costToDate', type: 'decimal', unit: 'NOK', description: 'Cost so far.' },
  { name: 'priority', type: 'integer', description: '1 (highest) to 5.' },
  { name: 'published', type: 'boolean', description: 'true when the project is public (municipal portals may embed it).' },
  { name: 'createdAt', type: 'timestamp', description: 'When the project was created (UTC).' },
  { name: 'updatedAt', type: 'timestamp', description: 'When the project was last changed (UTC).' },
  { name: 'statusReportCount', type: 'integer', description: 'Number of status reports (see the status-reports export).' },
  { name: 'latestOverall', type: 'string', description: `Overall status of the newest status report: ${RAG}.` },
  { name: 'latestReportedAt', type: 'timestamp', description: 'When the newest status report was made.' },
];

const REPORT_COLUMNS: ExportColumn[] = [
  { name: 'reportId', type: 'string', description: 'Key. One status report.' },
  { name: 'projectId', type: 'string', description: 'The project reported on (see the projects export).' },
  { name: 'municipalityId', type: 'string', description: 'Municipality of the project.' },
  { name: 'overall', type: 'string', description: `Overall status: ${RAG}.` },
  { name: 'schedule', type: 'string', description: `Schedule: ${RAG}.` },
  { name: 'budget', type: 'string', description: `Budget: ${RAG}.` },
  { name: 'quality', type: 'string', description: `Quality: ${RAG}.` },
  { name: 'risk', type: 'string', description: `Risk: ${RAG}.` },
  { name: 'comment', type: 'string', description: 'Internal status comment.' },
  { name: 'reportedAt', type: 'timestamp', description: 'When the report was made (UTC).' },
];

function projectConditions(sql: SqlParams, f: ProjectsFilter, scope: Parameters<typeof municipalityInScope>[1]): string[] {
  const conditions: string[] = [];
  if (f.municipalityId) conditions.push(`p.municipality_id = ${sql.param(f.municipalityId)}`);
  if (f.initiativeId) conditions.push(`p.initiative_id = ${sql.param(f.initiativeId)}`);
  const inScope = municipalityInScope(sql, scope, 'p.municipality_id');
  if (inScope) conditions.push(inScope);
  return conditions;
}

/** Projects (the fields of the project query, without the owner's identity) with a summary of their status reports. */
export const projectsExport: ExportDataset<ProjectsFilter> = {
  name: 'projects',
  description: 'Municipal projects with phase, budget and a summary of their status reports (the reports themselves are in status-reports).',
  key: ['projectId'],
  columns: PROJECT_COLUMNS,
  filter,
  mayRead: readsAny,
  query({ filter: f, scope, since }) {
    const sql = new SqlParams();
    const conditions = projectConditions(sql, f, scope);
    // A new report changes the summary: the project row comes again.
    if (since) {
      const w = sql.param(since);
      conditions.push(`(p.bi_xid >= ${w}::xid8 OR EXISTS (SELECT 1 FROM status_report r WHERE r.project_id = p.id AND r.bi_xid >= ${w}::xid8))`);
    }
    return [
      {
        text: `SELECT p.id::text AS "projectId", p.municipality_id::text AS "municipalityId", p.initiative_id AS "initiativeId",
                 p.adoption_case_id::text AS "adoptionCaseId", p.name, p.service_area AS "serviceArea", p.phase,
                 p.budget::text AS budget, p.cost_to_date::text AS "costToDate", p.priority, p.published,
                 p.created_at AS "createdAt", p.updated_at AS "updatedAt",
                 (SELECT count(*)::int FROM status_report r WHERE r.project_id = p.id) AS "statusReportCount",
                 l.overall AS "latestOverall", l.reported_at AS "latestReportedAt", false AS "rowDeleted"
               FROM project p
               LEFT JOIN LATERAL (SELECT overall, reported_at FROM status_report r WHERE r.project_id = p.id ORDER BY reported_at DESC, id DESC LIMIT 1) l ON true
               ${where(conditions)}
               ORDER BY p.created_at, p.id`,
        values: sql.values,
      },
    ];
  },
};

/** Status reports of the projects in projects, newest last, without who reported. */
export const statusReportsExport: ExportDataset<ProjectsFilter> = {
  name: 'status-reports',
  description: 'Every status report of the municipal projects (green / yellow / red per dimension, with comment).',
  key: ['reportId'],
  columns: REPORT_COLUMNS,
  filter,
  mayRead: readsAny,
  query({ filter: f, scope, since }) {
    const sql = new SqlParams();
    const conditions = projectConditions(sql, f, scope);
    if (since) conditions.push(`r.bi_xid >= ${sql.param(since)}::xid8`);
    return [
      {
        text: `SELECT r.id::text AS "reportId", r.project_id::text AS "projectId", p.municipality_id::text AS "municipalityId",
                 r.overall, r.schedule, r.budget, r.quality, r.risk, r.comment, r.reported_at AS "reportedAt", false AS "rowDeleted"
               FROM status_report r JOIN project p ON p.id = r.project_id
               ${where(conditions)}
               ORDER BY r.reported_at, r.id`,
        values: sql.values,
      },
    ];
  },
};
