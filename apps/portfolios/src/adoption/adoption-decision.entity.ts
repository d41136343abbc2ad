import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AdoptionDecision } from './adoption-case.entity';

/** The decision history of a case: append-only, one row per decision taken. */
@Entity({ name: 'adoption_decision' })
export class AdoptionDecisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') decision: AdoptionDecision;
  @Column('text') rationale: string;
  @Column('text', { name: 'decided_by' }) decidedBy: string;
  @Column('text', { name: 'deciding_body', nullable: true }) decidingBody: string | null;
  @Column('text', { name: 'case_number', nullable: true }) caseNumber: string | null;
  @Column('boolean') reconsideration: boolean;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('timestamptz', { name: 'decided_at' }) decidedAt: Date;
}
