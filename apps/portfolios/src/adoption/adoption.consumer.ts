import { eventHandlers, type On } from '@samspill/server-events';
import { publish } from '../common/outbox';
import { AdoptionCaseStatus } from './adoption-case.entity';

/**
 * Opens one adoption case per target municipality, in the inbox transaction, with its
 * AdoptionCaseOpened event. The unique (initiative, municipality) pair makes a redelivered or
 * replayed launch a no-op: only newly inserted cases are announced.
 */
const onInitiativeLaunched: On<'InitiativeLaunched'> = async (data, { manager: m }) => {
  for (const municipalityId of new Set(data.targetMunicipalityIds)) {
    const inserted: { id: string; opened_at: Date }[] = await m.query(
      `INSERT INTO adoption_case (initiative_id, network_id, municipality_id, initiative_title, status, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (initiative_id, municipality_id) DO NOTHING
       RETURNING id, opened_at`,
      [data.initiativeId, data.networkId, municipalityId, data.title, AdoptionCaseStatus.OPEN, data.launchedAt],
    );
    for (const row of inserted) {
      await publish(m, 'AdoptionCaseOpened', row.id, {
        caseId: row.id,
        initiativeId: data.initiativeId,
        networkId: data.networkId,
        municipalityId,
        openedAt: new Date(row.opened_at).toISOString(),
      });
    }
  }
};

/** The cases carry the initiative's title for their lists: a renamed initiative renames them. */
const onInitiativeChanged: On<'InitiativeChanged'> = async (data, { manager: m }) => {
  await m.query(`UPDATE adoption_case SET initiative_title = $2 WHERE initiative_id = $1`, [data.initiativeId, data.title]);
};

/**
 * A retired initiative keeps its cases: decisions taken and projects started are the
 * municipalities' own. The cases show the retirement; an open one can still be decided.
 */
const onInitiativeRetired: On<'InitiativeRetired'> = async (data, { manager: m }) => {
  await m.query(
    `UPDATE adoption_case SET initiative_retired_at = $2, initiative_retirement_reason = $3 WHERE initiative_id = $1`,
    [data.initiativeId, data.retiredAt, data.reason],
  );
};

export const ADOPTION_CONSUMER = 'portfolios.adoption';

export const adoptionHandlers = eventHandlers()
  .on('InitiativeLaunched', onInitiativeLaunched)
  .on('InitiativeChanged', onInitiativeChanged)
  .on('InitiativeRetired', onInitiativeRetired);
