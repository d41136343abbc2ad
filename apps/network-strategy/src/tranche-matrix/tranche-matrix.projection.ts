import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventPayload } from '@samspill/contracts';
import type { EventHandler } from '@samspill/server-events';
import { TrancheStage } from './tranche-cell.entity';

/**
 * Builds the tranche matrix only from events (never from this service's own tables), so it
 * can be rebuilt by replaying the topics. Each handler is idempotent on its own as well:
 * replays and redeliveries converge on the same rows.
 */
async function onInitiativeLaunched(event: EventEnvelope, m: EntityManager): Promise<void> {
  const data = event.data as EventPayload<'InitiativeLaunched'>;
  for (const municipalityId of data.targetMunicipalityIds) {
    await m.query(
      `INSERT INTO tranche_cell (initiative_id, municipality_id, network_id, stage, launched_at, stage_changed_at)
       VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (initiative_id, municipality_id) DO NOTHING`,
      [data.initiativeId, municipalityId, data.networkId, TrancheStage.LAUNCHED, data.launchedAt],
    );
  }
}

export const TRANCHE_MATRIX_CONSUMER = 'network-strategy.tranche-matrix';

export const trancheMatrixHandlers: Partial<Record<string, EventHandler>> = {
  InitiativeLaunched: onInitiativeLaunched,
};
