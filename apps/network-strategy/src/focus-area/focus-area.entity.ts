import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'focus_area' })
export class FocusAreaEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'strategy_id' }) strategyId: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('integer') position: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
