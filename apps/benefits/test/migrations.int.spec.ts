import { initialiseDataSource } from '@samspill/server-db';
import { createTestDatabase, testEnv, TestDatabase } from '@samspill/server-testing';
import type { DataSource } from 'typeorm';
import { DB_SCHEMA } from '../src/common/outbox';
import { createBenefitsDataSource } from '../src/data-source';

describe('benefits migrations (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase(testEnv().DATABASE_URL);
    ds = await initialiseDataSource(createBenefitsDataSource(db.url), db.url, DB_SCHEMA);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const tables = async () =>
    ((await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`, [DB_SCHEMA])) as { table_name: string }[]).map(
      (r) => r.table_name,
    );

  it('migrates up, down and up again', async () => {
    const all = ['benefit', 'benefit_period', 'benefit_plan', 'focus_area', 'goal_dim', 'inbox', 'initiative_profile', 'measurement', 'migrations', 'municipality', 'outbox'];
    expect(await tables()).toEqual(all);
    await ds.undoLastMigration({ transaction: 'each' });
    await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['inbox', 'migrations', 'outbox']);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(all);
  });

  it('lets the database refuse absurd amounts and a baseline without its date', async () => {
    const [plan] = await ds.query(`INSERT INTO benefit_plan (project_id, municipality_id, project_name) VALUES ('p', '1124', 'x') RETURNING id`);
    const insert = (extra: string, values: string) =>
      ds.query(`INSERT INTO benefit (plan_id, project_id, municipality_id, type, indicator, unit${extra}) VALUES ($1, 'p', '1124', 'EFFICIENCY', 'i', 'NOK'${values})`, [plan.id]);
    await expect(insert(', target_value', ', 1e14')).rejects.toThrow(/check|overflow/i);
    await expect(insert(', baseline_value', ', 10')).rejects.toThrow(/check/i);
  });
});
