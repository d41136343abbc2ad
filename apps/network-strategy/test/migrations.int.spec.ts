import { MigratedDatabase, startMigratedDatabase } from '@samspill/server-testing';
import { OUTBOX } from '../src/common/outbox';
import { createNetworkStrategyDataSource } from '../src/data-source';

describe('network-strategy migrations (real PostgreSQL)', () => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await startMigratedDatabase(createNetworkStrategyDataSource, OUTBOX.dbSchema);
  });
  afterAll(() => m?.stop());

  const columns = async (table: string) =>
    (await m.ds.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2`, [OUTBOX.dbSchema, table])).map(
      (c: { column_name: string }) => c.column_name,
    );

  it('undoes and redoes membership invitations and strategy revisions: an adopted strategy under revision goes back to the old DRAFT and returns', async () => {
    await m.ds.query(`INSERT INTO network (id, name, region) VALUES ('digi-mig', 'Digi Mig', 'Rogaland')`);
    const [{ id }] = await m.ds.query(
      `INSERT INTO strategy (network_id, title, period_start, period_end, status, current_version, revision_status, revision_opened_at)
       VALUES ('digi-mig', 'Strategi', 2025, 2028, 'ADOPTED', 1, 'DRAFT', now()) RETURNING id`,
    );
    expect(await m.tables()).toEqual(expect.arrayContaining(['strategy_draft_change', 'membership_invitation']));
    await m.ds.undoLastMigration({ transaction: 'each' }); // membership invitations (issue 11)
    expect(await m.tables()).not.toContain('membership_invitation');
    expect(await columns('membership')).not.toContain('ended_by');
    await m.ds.undoLastMigration({ transaction: 'each' }); // strategy revisions (issue 10)
    expect(await m.tables()).not.toContain('strategy_draft_change');
    expect(await columns('initiative')).not.toContain('retired_at');
    expect(await m.ds.query(`SELECT status FROM strategy WHERE id = $1`, [id])).toEqual([{ status: 'DRAFT' }]);

    await m.ds.runMigrations({ transaction: 'each' });
    expect(await m.ds.query(`SELECT status, revision_status FROM strategy WHERE id = $1`, [id])).toEqual([{ status: 'ADOPTED', revision_status: 'DRAFT' }]);
    expect(await columns('focus_area')).toEqual(expect.arrayContaining(['pending_addition', 'retired_at', 'retirement_reason', 'retired_in_version']));
    expect(await m.tables()).toContain('membership_invitation');
  });

  it('lets the database refuse an accepted invitation without its membership, and two pending invitations to one municipality', async () => {
    await m.ds.query(`INSERT INTO municipality (id, name, county, population) VALUES ('1124', 'Sola', 'Rogaland', 28100)`);
    const invite = (status: string) =>
      m.ds.query(`INSERT INTO membership_invitation (network_id, municipality_id, status, invited_by, responded_at) VALUES ('digi-mig', '1124', $1, 'admin', $2)`, [
        status, status === 'PENDING' ? null : new Date(),
      ]);
    await expect(invite('ACCEPTED')).rejects.toThrow(/check/i);
    await invite('PENDING');
    await expect(invite('PENDING')).rejects.toThrow(/unique|duplicate/i);
  });

  it('lets the database refuse a revision of a strategy that is not adopted, and a retirement without a reason', async () => {
    await expect(
      m.ds.query(`INSERT INTO strategy (network_id, title, period_start, period_end, status, current_version, revision_status, revision_opened_at)
                  VALUES ('digi-mig', 'Utkast', 2025, 2028, 'DRAFT', 0, 'DRAFT', now())`),
    ).rejects.toThrow(/check/i);
    const [{ id }] = await m.ds.query(`INSERT INTO strategy (network_id, title, period_start, period_end, status, current_version) VALUES ('digi-mig', 'Utkast', 2025, 2028, 'DRAFT', 0) RETURNING id`);
    await expect(m.ds.query(`INSERT INTO focus_area (strategy_id, title, position, retired_at) VALUES ($1, 'Borte', 1, now())`, [id])).rejects.toThrow(/check/i);
  });
});
