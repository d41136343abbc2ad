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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
