import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum Rag {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

/** A periodic status report on a project (traffic lights with a comment). */
@Entity({ name: 'status_report' })
export class StatusReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'project_id' }) projectId: string;
  @Column('text', { name: 'reported_by' }) reportedBy: string;
  @Column('text') overall: Rag;
  @Column('text') schedule: Rag;
  @Column('text') budget: Rag;
  @Column('text') quality: Rag;
  @Column('text') risk: Rag;
  @Column('text') comment: string;
  /** The comment may be shown to everyone who sees the project. */
  @Column('boolean') public: boolean;
  @Column('timestamptz', { name: 'reported_at' }) reportedAt: Date;
}
