import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum InitiativeStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  LAUNCHED = 'LAUNCHED',
  CLOSED = 'CLOSED',
}

export enum CostSharingModel {
  EQUAL_SHARE = 'EQUAL_SHARE',
  BY_POPULATION = 'BY_POPULATION',
  BY_USAGE = 'BY_USAGE',
  LEAD_MUNICIPALITY_PAYS = 'LEAD_MUNICIPALITY_PAYS',
  EXTERNALLY_FUNDED = 'EXTERNALLY_FUNDED',
}

export enum BenefitType {
  EFFICIENCY = 'EFFICIENCY',
  QUALITY = 'QUALITY',
  OTHER_ACTORS = 'OTHER_ACTORS',
}

export enum BenefitScaling {
  FIXED = 'FIXED',
  PER_1000_INHABITANTS = 'PER_1000_INHABITANTS',
}

export enum BenefitDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

/** One line of an initiative's expected benefit profile, per adopting municipality and year. */
export interface BenefitExpectation {
  type: BenefitType;
  indicator: string;
  unit: string;
  amountPerYear: number;
  scaling: BenefitScaling;
  /** Absent on lines stored before issue 10: read as HIGHER_IS_BETTER, not a dis-benefit. */
  direction?: BenefitDirection;
  isDisbenefit?: boolean;
}

/** A profile line as it travels in events and appears in the API (old rows get the defaults). */
export const withDirection = (e: BenefitExpectation) => ({
  ...e,
  direction: e.direction ?? BenefitDirection.HIGHER_IS_BETTER,
  isDisbenefit: e.isDisbenefit ?? false,
});

@Entity({ name: 'initiative' })
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'goal_id' }) goalId: string;
  @Column('text', { name: 'network_id' }) networkId: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text') owner: string;
  @Column('text', { name: 'cost_sharing_model' }) costSharingModel: CostSharingModel;
  @Column('text') status: InitiativeStatus;
  @Column('jsonb', { name: 'expected_benefits', transformer: { from: (v: BenefitExpectation[]) => v?.map(withDirection), to: (v: unknown) => v } })
  expectedBenefits: BenefitExpectation[];
  @Column('text', { name: 'target_municipality_ids', array: true }) targetMunicipalityIds: string[];
  @Column('timestamptz', { name: 'launched_at', nullable: true }) launchedAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('text', { name: 'closing_note', nullable: true }) closingNote: string | null;
  /** Retired from the strategy (issue 10): kept as a row, no longer part of it. */
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt: Date | null;
  @Column('text', { name: 'retirement_reason', nullable: true }) retirementReason: string | null;
  /** The version that no longer has it; null when it left before ever being adopted. */
  @Column('integer', { name: 'retired_in_version', nullable: true }) retiredInVersion: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
