import { initialiseDataSource } from '@samspill/server-db';
import { createTestDatabase, testEnv, TestDatabase } from '@samspill/server-testing';
import type { DataSource } from 'typeorm';
import { DB_SCHEMA } from '../src/common/outbox';
import { createPortfoliosDataSource } from '../src/data-source';

describe('portfolios migrations (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase(testEnv().DATABASE_URL);
    ds = await initialiseDataSource(createPortfoliosDataSource(db.url), db.url, DB_SCHEMA);
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
    expect(await tables()).toEqual(['adoption_case', 'adoption_decision', 'inbox', 'migrations', 'network_member', 'outbox', 'portfolio', 'project', 'status_report']);
    await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['inbox', 'migrations', 'outbox']);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toContain('project');
  });

  it('lets the database refuse what the service never writes', async () => {
    await expect(ds.query(`INSERT INTO project (municipality_id, name, service_area, phase, budget) VALUES ('1124', 'x', 'GENERAL', 'IDEA', -1)`)).rejects.toThrow(/check/i);
    await expect(ds.query(`INSERT INTO project (municipality_id, name, service_area, phase) VALUES ('1124', 'x', 'GENERAL', 'DONE')`)).rejects.toThrow(/check/i);
  });
});
