import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventPayload } from '@samspill/contracts';
import type { EventHandler } from '@samspill/server-events';
import { ensurePortfolio } from './ensure-portfolio';

/**
 * Keeps the local member view in step with network-strategy. One row per network and
 * municipality: a rejoin reopens it. Redeliveries converge on the same row.
 */
async function onJoined(event: EventEnvelope, m: EntityManager): Promise<void> {
  const data = event.data as EventPayload<'MunicipalityJoinedNetwork'>;
  await m.query(
    `INSERT INTO network_member (network_id, municipality_id, joined_on, left_on) VALUES ($1, $2, $3, NULL)
     ON CONFLICT (network_id, municipality_id) DO UPDATE SET joined_on = EXCLUDED.joined_on, left_on = NULL
     WHERE network_member.left_on IS NOT NULL AND network_member.left_on <= EXCLUDED.joined_on`,
    [data.networkId, data.municipalityId, data.joinedOn],
  );
  await ensurePortfolio(m, data.municipalityId);
}

/** The portfolio stays: its projects are the municipality's own, membership or not. */
async function onLeft(event: EventEnvelope, m: EntityManager): Promise<void> {
  const data = event.data as EventPayload<'MunicipalityLeftNetwork'>;
  await m.query(
    `INSERT INTO network_member (network_id, municipality_id, joined_on, left_on) VALUES ($1, $2, $3, $3)
     ON CONFLICT (network_id, municipality_id) DO UPDATE SET left_on = EXCLUDED.left_on
     WHERE network_member.joined_on <= EXCLUDED.left_on`,
    [data.networkId, data.municipalityId, data.leftOn],
  );
  await ensurePortfolio(m, data.municipalityId);
}

export const MEMBERS_CONSUMER = 'portfolios.members';

export const memberHandlers: Partial<Record<string, EventHandler>> = {
  MunicipalityJoinedNetwork: onJoined,
  MunicipalityLeftNetwork: onLeft,
};
