import { Client, types } from 'pg';
import { DataSource, EntitySchema, MixedList } from 'typeorm';

// DATE columns are calendar days: keep them as 'YYYY-MM-DD' strings instead of local-midnight Dates.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

export interface ServiceDataSourceOptions {
  url: string;
  /** Each service owns one PostgreSQL schema; its tables and migration log live there. */
  schema: string;
  entities: MixedList<string | Function | EntitySchema>;
  migrations: MixedList<string | Function>;
  poolSize?: number;
}

export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    // Never let the ORM alter tables: the migrations are the only writers of DDL.
    synchronize: false,
    migrationsRun: false,
    // Failures surface as exceptions and are logged once by the error mapper; no console output.
    logging: false,
    // A bounded connect time, so requests during a database outage fail fast with a retryable
    // error instead of hanging; pg drops broken clients itself and the pool reconnects lazily.
    extra: { max: options.poolSize ?? 10, options: `-c search_path=${options.schema},public`, connectionTimeoutMillis: 5000, keepAlive: true },
  });
}

/** The schema must exist before TypeORM can create its migrations table inside it. */
export async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await client.end();
  }
}

/** Connects and applies pending migrations, each in its own transaction. */
export async function initialiseDataSource(ds: DataSource, url: string, schema: string): Promise<DataSource> {
  await ensureSchema(url, schema);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
