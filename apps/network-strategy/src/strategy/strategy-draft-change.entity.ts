import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DraftEntity = 'STRATEGY' | 'FOCUS_AREA' | 'GOAL' | 'INITIATIVE';

/**
 * One element's pending change in the open revision of an adopted strategy: new field values
 * and/or its retirement. The live row keeps what is in force until the revision is adopted.
 */
@Entity({ name: 'strategy_draft_change' })
export class StrategyDraftChangeEntity {
  @PrimaryColumn('text') entity: DraftEntity;
  @PrimaryColumn('uuid', { name: 'entity_id' }) entityId: string;
  @Column('uuid', { name: 'strategy_id' }) strategyId: string;
  @Column('jsonb') fields: Record<string, unknown>;
  @Column('text', { name: 'retire_reason', nullable: true }) retireReason: string | null;
  @Column('text', { name: 'changed_by' }) changedBy: string;
  @Column('timestamptz', { name: 'changed_at' }) changedAt: Date;
}
