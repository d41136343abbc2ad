import type { EntityManager } from 'typeorm';

/** Idempotent: a portfolio exists once per municipality whoever asks first. */
export async function ensurePortfolio(m: EntityManager, municipalityId: string): Promise<void> {
  await m.query(`INSERT INTO portfolio (municipality_id) VALUES ($1) ON CONFLICT DO NOTHING`, [municipalityId]);
}
