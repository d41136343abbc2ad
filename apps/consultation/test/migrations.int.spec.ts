import { initialiseDataSource } from '@samspill/server-db';
import { createTestDatabase, testEnv, TestDatabase } from '@samspill/server-testing';
import type { DataSource } from 'typeorm';
import { DB_SCHEMA } from '../src/common/outbox';
import { createConsultationDataSource } from '../src/data-source';

describe('consultation migrations (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase(testEnv().DATABASE_URL);
    ds = await initialiseDataSource(createConsultationDataSource(db.url), db.url, DB_SCHEMA);
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
    expect(await tables()).toEqual(['consultation', 'inbox', 'migrations', 'outbox', 'participant_identity', 'response', 'response_comment', 'support_vote']);
    await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['inbox', 'migrations', 'outbox']);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toContain('response');
  });

  it('lets the database refuse what the service never writes', async () => {
    const insert = (audiences: string, status = 'DRAFT') =>
      ds.query(`INSERT INTO consultation (network_id, subject_type, subject_id, title, audiences, questions, status) VALUES ('n', 'STRATEGY', 's', 't', $1, '[]', $2)`, [
        audiences,
        status,
      ]);
    await expect(insert('{CITIZENS,ALIENS}')).rejects.toThrow(/check/i);
    await expect(insert('{}')).rejects.toThrow(/check/i);
    await expect(insert('{CITIZENS}', 'PAUSED')).rejects.toThrow(/check/i);
    await expect(insert('{CITIZENS}')).resolves.toBeDefined();
  });
});
