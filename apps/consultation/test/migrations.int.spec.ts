import { MigratedDatabase, startMigratedDatabase } from '@samspill/server-testing';
import { OUTBOX } from '../src/common/outbox';
import { createConsultationDataSource } from '../src/data-source';

describe('consultation migrations (real PostgreSQL)', () => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await startMigratedDatabase(createConsultationDataSource, OUTBOX.dbSchema);
  });
  afterAll(() => m?.stop());

  const tables = () => m.tables();

  it('migrates up, down and up again', async () => {
    expect(await tables()).toEqual(['bi_deleted', 'consultation', 'idempotency_key', 'inbox', 'migrations', 'outbox', 'participant_identity', 'response', 'response_comment', 'support_vote']);
    await m.ds.undoLastMigration({ transaction: 'each' }); // BI change tracking
    await m.ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['idempotency_key', 'inbox', 'migrations', 'outbox']);
    await m.ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toContain('response');
  });

  it('lets the database refuse what the service never writes', async () => {
    const insert = (audiences: string, status = 'DRAFT') =>
      m.ds.query(`INSERT INTO consultation (network_id, subject_type, subject_id, title, audiences, questions, status) VALUES ('n', 'STRATEGY', 's', 't', $1, '[]', $2)`, [
        audiences,
        status,
      ]);
    await expect(insert('{CITIZENS,ALIENS}')).rejects.toThrow(/check/i);
    await expect(insert('{}')).rejects.toThrow(/check/i);
    await expect(insert('{CITIZENS}', 'PAUSED')).rejects.toThrow(/check/i);
    await expect(insert('{CITIZENS}')).resolves.toBeDefined();
  });
});
