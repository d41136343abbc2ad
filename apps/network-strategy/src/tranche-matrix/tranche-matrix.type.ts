import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrancheStage } from './tranche-cell.entity';
import { LeadTimeGrouping } from './tranche-matrix.model';

registerEnumType(TrancheStage, {
  name: 'TrancheStage',
  description: 'How far an initiative has travelled in one municipality: T1 launched → T2 consulted, decided → T3 in portfolio, executing, realising benefits, closed.',
});

registerEnumType(LeadTimeGrouping, { name: 'LeadTimeGrouping' });

@ObjectType('TrancheCell', { description: 'One initiative × one target municipality in the tranche matrix.' })
export class TrancheCellType {
  @Field(() => ID) initiativeId: string;
  @Field(() => String) municipalityId: string;
  @Field(() => String, { nullable: true }) networkId: string | null;
  @Field(() => TrancheStage) stage: TrancheStage;
  @Field(() => Date, { nullable: true }) launchedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'ADOPT, ADAPT, DECLINE or DEFER (the latest decision).' }) decision: string | null;
  @Field(() => String, { nullable: true }) rationale: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) projectId: string | null;
  @Field(() => Date, { nullable: true }) inPortfolioAt: Date | null;
  @Field(() => Date, { nullable: true }) executingAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the cell started realising benefits (phase change or first measurement), never before the stage before it.' })
  realisingAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'First formal answer from the municipality in a consultation on the initiative.' })
  consultedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Date of the first benefit measurement for the municipality’s project.' })
  benefitsMeasuredAt: Date | null;
  @Field() stageChangedAt: Date;
  @Field(() => Float, { description: 'Whole days since the cell entered its current stage.' }) daysInStage: number;
}

@ObjectType('TrancheLeadTimes', { description: 'Lead times in days for one initiative or one municipality.' })
export class LeadTimesType {
  @Field({ description: 'Initiative id or municipality number, by the grouping asked for.' }) key: string;
  @Field(() => Int) cells: number;
  @Field(() => Int) decided: number;
  @Field(() => Float, { nullable: true }) launchToDecisionMedianDays: number | null;
  @Field(() => Float, { nullable: true }) launchToDecisionP90Days: number | null;
  @Field(() => Float, { nullable: true }) decisionToExecutionMedianDays: number | null;
  @Field(() => Float, { nullable: true }) decisionToExecutionP90Days: number | null;
  @Field(() => Int, { description: 'Cells launched longer ago than stuckAfterDays with no final decision (none, or deferred).' })
  stuck: number;
}
