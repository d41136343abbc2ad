import type { EntityManager } from 'typeorm';
import type { Identity } from '@samspill/server-auth';

/** The caller's pseudonym, created on first use; the name is refreshed from the token. */
export async function pseudonymOf(m: EntityManager, identity: Identity & { subject: string }): Promise<string> {
  const [row]: { pseudonym_id: string }[] = await m.query(
    `INSERT INTO participant_identity (subject, name) VALUES ($1, $2)
     ON CONFLICT (subject) DO UPDATE SET name = COALESCE(EXCLUDED.name, participant_identity.name)
     RETURNING pseudonym_id`,
    [identity.subject, identity.name],
  );
  return row.pseudonym_id;
}

/** The caller's pseudonym if they have one, without creating it. */
export async function existingPseudonymOf(m: EntityManager, subject: string): Promise<string | null> {
  const [row]: { pseudonym_id: string }[] = await m.query(`SELECT pseudonym_id FROM participant_identity WHERE subject = $1`, [subject]);
  return row?.pseudonym_id ?? null;
}
