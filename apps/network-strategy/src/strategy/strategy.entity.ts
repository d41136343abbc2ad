import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum StrategyStatus {
  DRAFT = 'DRAFT',
  IN_CONSULTATION = 'IN_CONSULTATION',
  ADOPTED = 'ADOPTED',
  SUPERSEDED = 'SUPERSEDED',
}

/** A revision of an adopted strategy: drafted, maybe consulted on, then adopted as the next version. */
export enum RevisionStatus {
  DRAFT = 'DRAFT',
  IN_CONSULTATION = 'IN_CONSULTATION',
}

@Entity({ name: 'strategy' })
export class StrategyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'network_id' }) networkId: string;
  @Column('text') title: string;
  @Column('integer', { name: 'period_start' }) periodStart: number;
  @Column('integer', { name: 'period_end' }) periodEnd: number;
  @Column('text') vision: string;
  @Column('text') status: StrategyStatus;
  /** Number of the latest adopted version; 0 while never adopted. */
  @Column('integer', { name: 'current_version' }) currentVersion: number;
  /** Set while the ADOPTED strategy is being revised; the adopted version stays in force meanwhile. */
  @Column('text', { name: 'revision_status', nullable: true }) revisionStatus: RevisionStatus | null;
  @Column('timestamptz', { name: 'revision_opened_at', nullable: true }) revisionOpenedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
