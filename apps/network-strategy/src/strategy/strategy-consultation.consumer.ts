import type { EntityManager } from 'typeorm';
import { eventHandlers, type On } from '@samspill/server-events';
import { canTransition } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { StrategyEntity, StrategyStatus } from './strategy.entity';
import { STRATEGY_TRANSITIONS } from './strategy.rules';

/**
 * A strategy follows its consultation rounds (run by the consultation service): opening one
 * puts a draft IN_CONSULTATION, closing it returns the strategy to DRAFT for revision. The
 * rounds and the municipalities that answered are kept for the strategy's own record.
 */
export const STRATEGY_CONSULTATIONS_CONSUMER = 'network-strategy.strategy-consultations';

async function moveStrategy(m: EntityManager, strategyId: string, networkId: string | null, from: StrategyStatus, to: StrategyStatus): Promise<void> {
  const strategy = await m.findOne(StrategyEntity, { where: { id: strategyId }, lock: { mode: 'pessimistic_write' } });
  // Only the expected move: a strategy adopted meanwhile, or already moved, is left as it is.
  if (!strategy || strategy.status !== from || !canTransition(STRATEGY_TRANSITIONS, from, to)) return;
  // Defence in depth: only a round run by the strategy's own network moves it (issue 11).
  if (networkId !== strategy.networkId) return;
  strategy.status = to;
  await m.save(strategy);
  await publish(m, 'StrategyStatusChanged', strategy.id, { strategyId: strategy.id, networkId: strategy.networkId, from, to });
}

const onOpened: On<'ConsultationOpened'> = async (d, { manager: m }) => {
  if (d.subjectType !== 'STRATEGY') return;
  if (!(await ownStrategy(m, d.subjectId, d.networkId))) return;
  await m.query(
    `INSERT INTO strategy_consultation (consultation_id, strategy_id, title, opened_at, closes_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (consultation_id) DO NOTHING`,
    [d.consultationId, d.subjectId, d.title, d.opensAt, d.closesAt],
  );
  await moveStrategy(m, d.subjectId, d.networkId, StrategyStatus.DRAFT, StrategyStatus.IN_CONSULTATION);
};

/** A round on a strategy of another network is not this strategy's round: it is ignored. */
async function ownStrategy(m: EntityManager, strategyId: string, networkId: string | null): Promise<boolean> {
  return networkId !== null && (await m.existsBy(StrategyEntity, { id: strategyId, networkId }));
}

const onResponse: On<'ResponseSubmitted'> = async (d, { manager: m }) => {
  if (d.subjectType !== 'STRATEGY' || !d.municipalityId) return;
  await m.query(
    `UPDATE strategy_consultation SET responding_municipality_ids = array_append(responding_municipality_ids, $2)
      WHERE consultation_id = $1 AND NOT ($2 = ANY(responding_municipality_ids))`,
    [d.consultationId, d.municipalityId],
  );
};

const onClosed: On<'ConsultationClosed'> = async (d, { manager: m }) => {
  if (d.subjectType !== 'STRATEGY') return;
  await m.query(
    `UPDATE strategy_consultation SET closed_at = $2, responding_municipality_ids = $3 WHERE consultation_id = $1`,
    [d.consultationId, d.closedAt, [...d.respondingMunicipalityIds].sort()],
  );
  await moveStrategy(m, d.subjectId, d.networkId, StrategyStatus.IN_CONSULTATION, StrategyStatus.DRAFT);
};

export const strategyConsultationHandlers = eventHandlers()
  .on('ConsultationOpened', onOpened)
  .on('ResponseSubmitted', onResponse)
  .on('ConsultationClosed', onClosed);
