import { MigratedDatabase, startMigratedDatabase } from '@samspill/server-testing';
import { OUTBOX } from '../src/common/outbox';
import { createBenefitsDataSource } from '../src/data-source';

describe('benefits migrations (real PostgreSQL)', () => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await startMigratedDatabase(createBenefitsDataSource, OUTBOX.dbSchema);
  });
  afterAll(() => m?.stop());

  const tables = () => m.tables();

  it('migrates up, down and up again', async () => {
    const all = ['benefit', 'benefit_period', 'benefit_plan', 'bi_deleted', 'focus_area', 'goal_dim', 'idempotency_key', 'inbox', 'initiative_profile', 'measurement', 'migrations', 'municipality', 'outbox'];
    expect(await tables()).toEqual(all);
    await m.ds.undoLastMigration({ transaction: 'each' }); // BI change tracking
    await m.ds.undoLastMigration({ transaction: 'each' });
    await m.ds.undoLastMigration({ transaction: 'each' });
    await m.ds.undoLastMigration({ transaction: 'each' });
    await m.ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['idempotency_key', 'inbox', 'migrations', 'outbox']);
    await m.ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(all);
  });

  it('lets the database refuse absurd amounts and a baseline without its date', async () => {
    const [plan] = await m.ds.query(`INSERT INTO benefit_plan (project_id, municipality_id, project_name) VALUES ('p', '1124', 'x') RETURNING id`);
    const insert = (extra: string, values: string) =>
      m.ds.query(`INSERT INTO benefit (plan_id, project_id, municipality_id, type, indicator, unit${extra}) VALUES ($1, 'p', '1124', 'EFFICIENCY', 'i', 'NOK'${values})`, [plan.id]);
    await expect(insert(', target_value', ', 1e14')).rejects.toThrow(/check|overflow/i);
    await expect(insert(', baseline_value', ', 10')).rejects.toThrow(/check/i);
  });
});
