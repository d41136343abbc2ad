import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AdoptionDecision {
  ADOPT = 'ADOPT',
  ADAPT = 'ADAPT',
  DECLINE = 'DECLINE',
  DEFER = 'DEFER',
}

export enum AdoptionCaseStatus {
  OPEN = 'OPEN',
  DEFERRED = 'DEFERRED',
  ADOPTED = 'ADOPTED',
  ADAPTED = 'ADAPTED',
  DECLINED = 'DECLINED',
}

/** One launched initiative × one target municipality: the municipality's decision on it. */
@Entity({ name: 'adoption_case' })
export class AdoptionCaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'initiative_id' }) initiativeId: string;
  @Column('text', { name: 'network_id' }) networkId: string;
  @Column('char', { name: 'municipality_id', length: 4 }) municipalityId: string;
  @Column('text', { name: 'initiative_title' }) initiativeTitle: string;
  @Column('text') status: AdoptionCaseStatus;
  @Column('text', { nullable: true }) decision: AdoptionDecision | null;
  @Column('text', { nullable: true }) rationale: string | null;
  @Column('text', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('text', { name: 'deciding_body', nullable: true }) decidingBody: string | null;
  @Column('text', { name: 'case_number', nullable: true }) caseNumber: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('timestamptz', { name: 'opened_at' }) openedAt: Date;
  /** Set when a strategy revision retired the initiative: the case stays, marked (issue 10). */
  @Column('timestamptz', { name: 'initiative_retired_at', nullable: true }) initiativeRetiredAt: Date | null;
  @Column('text', { name: 'initiative_retirement_reason', nullable: true }) initiativeRetirementReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
