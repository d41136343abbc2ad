import { eventHandlers, type On } from '@samspill/server-events';
import { ensurePortfolio } from './ensure-portfolio';

/**
 * Keeps the local member view in step with network-strategy. One row per network and
 * municipality: a rejoin reopens it. Redeliveries converge on the same row.
 */
const onJoined: On<'MunicipalityJoinedNetwork'> = async (data, { manager: m }) => {
  await m.query(
    `INSERT INTO network_member (network_id, municipality_id, joined_on, left_on) VALUES ($1, $2, $3, NULL)
     ON CONFLICT (network_id, municipality_id) DO UPDATE SET joined_on = EXCLUDED.joined_on, left_on = NULL
     WHERE network_member.left_on IS NOT NULL AND network_member.left_on <= EXCLUDED.joined_on`,
    [data.networkId, data.municipalityId, data.joinedOn],
  );
  await ensurePortfolio(m, data.municipalityId);
};

/** The portfolio stays: its projects are the municipality's own, membership or not. */
const onLeft: On<'MunicipalityLeftNetwork'> = async (data, { manager: m }) => {
  await m.query(
    `INSERT INTO network_member (network_id, municipality_id, joined_on, left_on) VALUES ($1, $2, $3, $3)
     ON CONFLICT (network_id, municipality_id) DO UPDATE SET left_on = EXCLUDED.left_on
     WHERE network_member.joined_on <= EXCLUDED.left_on`,
    [data.networkId, data.municipalityId, data.leftOn],
  );
  await ensurePortfolio(m, data.municipalityId);
};

export const MEMBERS_CONSUMER = 'portfolios.members';

export const memberHandlers = eventHandlers()
  .on('MunicipalityJoinedNetwork', onJoined)
  .on('MunicipalityLeftNetwork', onLeft);
