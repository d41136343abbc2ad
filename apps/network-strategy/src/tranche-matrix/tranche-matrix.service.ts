import { DataSource } from 'typeorm';
import { hasRole, Identity, isNetworkAdmin } from '@samspill/server-auth';
import { forbidden } from '@samspill/server-graphql';
import { TrancheCellEntity } from './tranche-cell.entity';

export interface TrancheMatrixFilter {
  networkId: string;
  initiativeId?: string | null;
  municipalityId?: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

export class TrancheMatrixService {
  constructor(private readonly ds: DataSource) {}

  async cells(identity: Identity, filter: TrancheMatrixFilter) {
    if (!isNetworkAdmin(identity, filter.networkId) && !hasRole(identity, 'analyst')) {
      throw forbidden(`only administrators of ${filter.networkId} and analysts see its tranche matrix`);
    }
    const q = this.ds.getRepository(TrancheCellEntity).createQueryBuilder('c').where('c.network_id = :networkId', { networkId: filter.networkId });
    if (filter.initiativeId) q.andWhere('c.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.municipalityId) q.andWhere('c.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
    const rows = await q.orderBy('c.launched_at').addOrderBy('c.initiative_id').addOrderBy('c.municipality_id').getMany();
    const now = Date.now();
    return rows.map((c) => ({ ...c, daysInStage: Math.floor((now - c.stageChangedAt.getTime()) / DAY_MS) }));
  }
}
