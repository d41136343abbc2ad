import { MigratedDatabase, startMigratedDatabase } from '@samspill/server-testing';
import { OUTBOX } from '../src/common/outbox';
import { createPortfoliosDataSource } from '../src/data-source';

describe('portfolios migrations (real PostgreSQL)', () => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await startMigratedDatabase(createPortfoliosDataSource, OUTBOX.dbSchema);
  });
  afterAll(() => m?.stop());

  const tables = () => m.tables();

  it('migrates up, down and up again', async () => {
    expect(await tables()).toEqual(['adoption_case', 'adoption_decision', 'bi_deleted', 'idempotency_key', 'inbox', 'migrations', 'network_member', 'outbox', 'portfolio', 'project', 'status_report']);
    await m.ds.undoLastMigration({ transaction: 'each' }); // BI change tracking
    const columns = async () => (await m.ds.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'status_report'`, [OUTBOX.dbSchema])).map((c: { column_name: string }) => c.column_name);
    expect(await columns()).toContain('public');
    await m.ds.undoLastMigration({ transaction: 'each' }); // retired initiatives on cases (issue 10)
    await m.ds.undoLastMigration({ transaction: 'each' }); // project outcome (issue 10)
    await m.ds.undoLastMigration({ transaction: 'each' }); // public status comments
    expect(await columns()).not.toContain('public');
    await m.ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['idempotency_key', 'inbox', 'migrations', 'outbox']);
    await m.ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toContain('project');
  });

  it('lets the database refuse what the service never writes', async () => {
    await expect(m.ds.query(`INSERT INTO project (municipality_id, name, service_area, phase, budget) VALUES ('1124', 'x', 'GENERAL', 'IDEA', -1)`)).rejects.toThrow(/check/i);
    await expect(m.ds.query(`INSERT INTO project (municipality_id, name, service_area, phase) VALUES ('1124', 'x', 'GENERAL', 'DONE')`)).rejects.toThrow(/check/i);
  });
});
