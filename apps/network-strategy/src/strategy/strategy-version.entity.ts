import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StrategySnapshot } from './strategy-snapshot';

@Entity({ name: 'strategy_version' })
export class StrategyVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'strategy_id' }) strategyId: string;
  @Column('integer', { name: 'version_number' }) versionNumber: number;
  @Column('timestamptz', { name: 'adopted_at' }) adoptedAt: Date;
  @Column('text', { name: 'adopted_by' }) adoptedBy: string;
  @Column('text', { name: 'decision_reference' }) decisionReference: string;
  @Column('jsonb') snapshot: StrategySnapshot;
}
