import { TRANCHE_MATRIX_CONSUMER, trancheMatrixHandlers } from '../../apps/network-strategy/src/tranche-matrix/tranche-matrix.projection';
import { STRATEGY_CONSULTATIONS_CONSUMER, strategyConsultationHandlers } from '../../apps/network-strategy/src/strategy/strategy-consultation.consumer';
import { GOAL_PROGRESS_CONSUMER, goalProgressHandlers } from '../../apps/network-strategy/src/goal/goal-progress.consumer';
import { MEMBERS_CONSUMER, memberHandlers } from '../../apps/portfolios/src/membership/membership.consumer';
import { ADOPTION_CONSUMER, adoptionHandlers } from '../../apps/portfolios/src/adoption/adoption.consumer';
import { VIEWS_CONSUMER, viewHandlers } from '../../apps/benefits/src/views/views.consumer';

export interface ConsumerGroupDoc {
  service: string;
  /** Consumer group id (before any KAFKA_TOPIC_PREFIX). */
  group: string;
  /** The event types the group acts on; it reads (and skips) the rest of its topics. */
  handles: string[];
}

/** Every consumer group of every service, read from the handler registries the services run. */
export const CONSUMER_GROUPS: ConsumerGroupDoc[] = [
  { service: 'network-strategy', group: TRANCHE_MATRIX_CONSUMER, handles: trancheMatrixHandlers.types() },
  { service: 'network-strategy', group: STRATEGY_CONSULTATIONS_CONSUMER, handles: strategyConsultationHandlers.types() },
  { service: 'network-strategy', group: GOAL_PROGRESS_CONSUMER, handles: goalProgressHandlers.types() },
  { service: 'portfolios', group: MEMBERS_CONSUMER, handles: memberHandlers.types() },
  { service: 'portfolios', group: ADOPTION_CONSUMER, handles: adoptionHandlers.types() },
  { service: 'benefits', group: VIEWS_CONSUMER, handles: viewHandlers.types() },
];
