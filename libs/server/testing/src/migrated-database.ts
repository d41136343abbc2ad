import type { DataSource } from 'typeorm';
import { initialiseDataSource } from '@samspill/server-db';
import { createTestDatabase, TestDatabase } from './test-database';
import { testEnv } from './test-env';

export interface MigratedDatabase {
  db: TestDatabase;
  ds: DataSource;
  /** The service schema's tables, sorted: what a migration test compares before and after. */
  tables(): Promise<string[]>;
  stop(): Promise<void>;
}

/** A fresh database with a service's real migrations applied, for testing those migrations. */
export async function startMigratedDatabase(createDataSource: (url: string) => DataSource, schema: string): Promise<MigratedDatabase> {
  const db = await createTestDatabase(testEnv().DATABASE_URL);
  const ds = await initialiseDataSource(createDataSource(db.url), db.url, schema);
  return {
    db,
    ds,
    async tables() {
      const rows: { table_name: string }[] = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
        [schema],
      );
      return rows.map((r) => r.table_name);
    },
    async stop() {
      await ds.destroy();
      await db.drop();
    },
  };
}
