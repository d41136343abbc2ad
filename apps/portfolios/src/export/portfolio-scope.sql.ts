import type { ExportScope, SqlParams } from '@samspill/server-export';

/**
 * Portfolio exports follow canSeeUnpublished: analysts everything, municipality editors their
 * municipality, network administrators (and network readers) the current members of their networks.
 */
export function municipalityInScope(sql: SqlParams, scope: ExportScope, column: string): string | null {
  if (scope.all) return null;
  return `(${column} = ANY(${sql.param(scope.municipalities)}::text[])
    OR ${column} IN (SELECT municipality_id FROM network_member WHERE left_on IS NULL AND network_id = ANY(${sql.param(scope.networks)}::text[])))`;
}
