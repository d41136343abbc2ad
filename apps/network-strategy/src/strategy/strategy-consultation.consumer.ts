import type { EntityManager } from 'typeorm';
import { eventHandlers, type On } from '@samspill/server-events';
import { canTransition } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { RevisionStatus, StrategyEntity, StrategyStatus } from './strategy.entity';
import { draftStage, FIRST_DRAFT_STATUS, REVISION_TRANSITIONS, STRATEGY_TRANSITIONS } from './strategy.rules';

/**
 * A strategy follows its consultation rounds (run by the consultation service): opening one
 * puts its draft IN_CONSULTATION, closing it returns the draft to DRAFT for revision. The draft
 * is the strategy itself before its first adoption, and its open revision afterwards (the
 * adopted version stays in force meanwhile). The rounds and the municipalities that answered
 * are kept for the strategy's own record.
 */
export const STRATEGY_CONSULTATIONS_CONSUMER = 'network-strategy.strategy-consultations';

async function moveDraft(m: EntityManager, strategyId: string, networkId: string | null, from: RevisionStatus, to: RevisionStatus): Promise<void> {
  const strategy = await m.findOne(StrategyEntity, { where: { id: strategyId }, lock: { mode: 'pessimistic_write' } });
  // Defence in depth: only a round run by the strategy's own network moves it (issue 11).
  if (!strategy || networkId !== strategy.networkId) return;
  // Only the expected move: a draft adopted meanwhile, or already moved, is left as it is.
  if (draftStage(strategy) !== from) return;
  if (strategy.status === StrategyStatus.ADOPTED) {
    if (!canTransition(REVISION_TRANSITIONS, from, to)) return;
    strategy.revisionStatus = to;
    await m.save(strategy);
    const basedOnVersion = strategy.currentVersion;
    await publish(m, 'StrategyRevisionStatusChanged', strategy.id, { strategyId: strategy.id, networkId: strategy.networkId, basedOnVersion, from, to });
    return;
  }
  const [statusFrom, statusTo] = [FIRST_DRAFT_STATUS[from], FIRST_DRAFT_STATUS[to]];
  if (!canTransition(STRATEGY_TRANSITIONS, statusFrom, statusTo)) return;
  strategy.status = statusTo;
  await m.save(strategy);
  await publish(m, 'StrategyStatusChanged', strategy.id, { strategyId: strategy.id, networkId: strategy.networkId, from: statusFrom, to: statusTo });
}

const onOpened: On<'ConsultationOpened'> = async (d, { manager: m }) => {
  if (d.subjectType !== 'STRATEGY') return;
  if (!(await ownStrategy(m, d.subjectId, d.networkId))) return;
  await m.query(
    `INSERT INTO strategy_consultation (consultation_id, strategy_id, title, opened_at, closes_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (consultation_id) DO NOTHING`,
    [d.consultationId, d.subjectId, d.title, d.opensAt, d.closesAt],
  );
  await moveDraft(m, d.subjectId, d.networkId, RevisionStatus.DRAFT, RevisionStatus.IN_CONSULTATION);
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
  await moveDraft(m, d.subjectId, d.networkId, RevisionStatus.IN_CONSULTATION, RevisionStatus.DRAFT);
};

export const strategyConsultationHandlers = eventHandlers()
  .on('ConsultationOpened', onOpened)
  .on('ResponseSubmitted', onResponse)
  .on('ConsultationClosed', onClosed);
