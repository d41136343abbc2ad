import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Audience, ConsultationStatus, Question, SubjectType } from './consultation.model';

@Entity({ name: 'consultation' })
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'network_id' }) networkId: string;
  @Column('text', { name: 'subject_type' }) subjectType: SubjectType;
  @Column('text', { name: 'subject_id' }) subjectId: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text', { array: true }) audiences: Audience[];
  @Column('boolean', { name: 'allow_anonymous' }) allowAnonymous: boolean;
  @Column('jsonb') questions: Question[];
  @Column('text') status: ConsultationStatus;
  @Column('timestamptz', { name: 'opens_at', nullable: true }) opensAt: Date | null;
  @Column('timestamptz', { name: 'closes_at', nullable: true }) closesAt: Date | null;
  @Column('timestamptz', { name: 'opened_at', nullable: true }) openedAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('timestamptz', { name: 'concluded_at', nullable: true }) concludedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
