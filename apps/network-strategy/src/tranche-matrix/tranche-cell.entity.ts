import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum TrancheStage {
  LAUNCHED = 'LAUNCHED',
}

/** Read model: one initiative × one target municipality, built only from events. */
@Entity({ name: 'tranche_cell' })
export class TrancheCellEntity {
  @PrimaryColumn('uuid', { name: 'initiative_id' }) initiativeId: string;
  @PrimaryColumn('char', { name: 'municipality_id', length: 4 }) municipalityId: string;
  @Column('text', { name: 'network_id' }) networkId: string;
  @Column('text') stage: TrancheStage;
  @Column('timestamptz', { name: 'launched_at' }) launchedAt: Date;
  @Column('timestamptz', { name: 'stage_changed_at' }) stageChangedAt: Date;
}
