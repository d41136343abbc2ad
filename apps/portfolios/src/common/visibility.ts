import type { EntityManager } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { canSeeUnpublished } from './access-policy';

/** Networks the municipality is currently a member of, from the local member view. */
export async function currentNetworksOf(m: EntityManager, municipalityId: string): Promise<string[]> {
  const rows: { network_id: string }[] = await m.query(
    `SELECT network_id FROM network_member WHERE municipality_id = $1 AND left_on IS NULL`,
    [municipalityId],
  );
  return rows.map((r) => r.network_id);
}

export async function canSeeProject(m: EntityManager, identity: Identity, project: { published: boolean; municipalityId: string }) {
  return project.published || canSeeUnpublished(identity, project.municipalityId, await currentNetworksOf(m, project.municipalityId));
}
