import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'goal' })
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'focus_area_id' }) focusAreaId: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text') indicator: string;
  @Column('text') unit: string;
  @Column('double precision', { name: 'baseline_value', nullable: true }) baselineValue: number | null;
  @Column('double precision', { name: 'target_value', nullable: true }) targetValue: number | null;
  @Column('integer', { name: 'target_year', nullable: true }) targetYear: number | null;
  /** Added in an open revision of an adopted strategy: not in force (nor public) until adopted. */
  @Column('boolean', { name: 'pending_addition', default: false }) pendingAddition: boolean;
  /** Retired from the strategy (issue 10): kept as a row, no longer part of it. */
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt: Date | null;
  @Column('text', { name: 'retirement_reason', nullable: true }) retirementReason: string | null;
  /** The version that no longer has it; null when it left before ever being adopted. */
  @Column('integer', { name: 'retired_in_version', nullable: true }) retiredInVersion: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
