import type { ExportScope, SqlParams } from '@samspill/server-export';

/** Consultation exports: closed and concluded rounds only (their results are public), within the caller's networks. */
export function consultationConditions(sql: SqlParams, scope: ExportScope, f: { networkId?: string; consultationId?: string }): string[] {
  const conditions = [`c.status IN ('CLOSED', 'CONCLUDED')`];
  if (f.networkId) conditions.push(`c.network_id = ${sql.param(f.networkId)}`);
  if (f.consultationId) conditions.push(`c.id = ${sql.param(f.consultationId)}::uuid`);
  if (!scope.all) conditions.push(`c.network_id = ANY(${sql.param(scope.networks)}::text[])`);
  return conditions;
}
