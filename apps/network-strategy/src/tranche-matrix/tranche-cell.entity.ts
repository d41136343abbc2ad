import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum TrancheStage {
  LAUNCHED = 'LAUNCHED',
  CONSULTED = 'CONSULTED',
  DECIDED = 'DECIDED',
  IN_PORTFOLIO = 'IN_PORTFOLIO',
  EXECUTING = 'EXECUTING',
  REALISING = 'REALISING',
  CLOSED = 'CLOSED',
}

/** Read model: one initiative × one target municipality, built only from events. */
@Entity({ name: 'tranche_cell' })
export class TrancheCellEntity {
  @PrimaryColumn('uuid', { name: 'initiative_id' }) initiativeId: string;
  @PrimaryColumn('char', { name: 'municipality_id', length: 4 }) municipalityId: string;
  @Column('text', { name: 'network_id', nullable: true }) networkId: string | null;
  @Column('text') stage: TrancheStage;
  @Column('timestamptz', { name: 'launched_at', nullable: true }) launchedAt: Date | null;
  @Column('timestamptz', { name: 'stage_changed_at' }) stageChangedAt: Date;
  @Column('text', { nullable: true }) decision: string | null;
  @Column('text', { nullable: true }) rationale: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('uuid', { name: 'project_id', nullable: true }) projectId: string | null;
  @Column('timestamptz', { name: 'in_portfolio_at', nullable: true }) inPortfolioAt: Date | null;
  @Column('timestamptz', { name: 'executing_at', nullable: true }) executingAt: Date | null;
  @Column('timestamptz', { name: 'realising_at', nullable: true }) realisingAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('timestamptz', { name: 'consulted_at', nullable: true }) consultedAt: Date | null;
  @Column('timestamptz', { name: 'benefits_measured_at', nullable: true }) benefitsMeasuredAt: Date | null;
}
