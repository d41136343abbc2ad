import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';

export enum ProjectPhase {
  IDEA = 'IDEA',
  CONCEPT = 'CONCEPT',
  PLANNING = 'PLANNING',
  EXECUTION = 'EXECUTION',
  REALISATION = 'REALISATION',
  CLOSED = 'CLOSED',
}

/** How a closed project ended: finished, or cancelled because its adoption was reversed. */
export enum ProjectOutcome {
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum ServiceArea {
  HEALTH_AND_CARE = 'HEALTH_AND_CARE',
  EDUCATION = 'EDUCATION',
  CHILDREN_AND_FAMILY = 'CHILDREN_AND_FAMILY',
  TECHNICAL_SERVICES = 'TECHNICAL_SERVICES',
  CULTURE = 'CULTURE',
  ADMINISTRATION = 'ADMINISTRATION',
  GENERAL = 'GENERAL',
}

/** pg returns numeric as a string (it may exceed a double); amounts here stay well inside one. */
const money: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

@Entity({ name: 'project' })
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('char', { name: 'municipality_id', length: 4 }) municipalityId: string;
  @Column('text', { name: 'initiative_id', nullable: true }) initiativeId: string | null;
  @Column('uuid', { name: 'adoption_case_id', nullable: true }) adoptionCaseId: string | null;
  @Column('text') name: string;
  @Column('text') description: string;
  @Column('text', { name: 'service_area' }) serviceArea: ServiceArea;
  @Column('text') phase: ProjectPhase;
  @Column('numeric', { nullable: true, transformer: money }) budget: number | null;
  @Column('numeric', { name: 'cost_to_date', nullable: true, transformer: money }) costToDate: number | null;
  @Column('text', { nullable: true }) owner: string | null;
  @Column('integer', { nullable: true }) priority: number | null;
  @Column('boolean') published: boolean;
  @Column('text', { nullable: true }) outcome: ProjectOutcome | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
