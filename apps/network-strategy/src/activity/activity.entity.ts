import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ActivityKind {
  WORKSHOP = 'WORKSHOP',
  MEETING = 'MEETING',
  DECISION = 'DECISION',
  CONSULTATION = 'CONSULTATION',
  ANCHORING = 'ANCHORING',
}

export enum Tranche {
  T1_NETWORK = 'T1_NETWORK',
  T2_INTERPLAY = 'T2_INTERPLAY',
  T3_MUNICIPAL = 'T3_MUNICIPAL',
}

@Entity({ name: 'strategizing_activity' })
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'network_id' }) networkId: string;
  @Column('uuid', { name: 'strategy_id', nullable: true }) strategyId: string | null;
  @Column('uuid', { name: 'initiative_id', nullable: true }) initiativeId: string | null;
  @Column('text') kind: ActivityKind;
  @Column('text') tranche: Tranche;
  @Column('text') title: string;
  @Column('date', { name: 'occurred_on' }) occurredOn: string;
  @Column('text', { array: true }) participants: string[];
  @Column('text') outcome: string;
  @Column('text', { name: 'deciding_body', nullable: true }) decidingBody: string | null;
  @Column('text', { name: 'case_number', nullable: true }) caseNumber: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
