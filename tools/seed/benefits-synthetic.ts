import 'reflect-metadata';
import { Client } from 'pg';
import { z } from 'zod';
import { loadConfig } from '@samspill/server-config';
import { initialiseDataSource } from '@samspill/server-db';
import { createBenefitsDataSource } from '../../apps/benefits/src/data-source';
import { OUTBOX } from '../../apps/benefits/src/common/outbox';
import { seedSynthetic } from '../../apps/benefits/test/support/synthetic-data';

/**
 * A national-scale synthetic benefits data set in a database of its own (recreated each run):
 * ~357 municipalities in ~15 networks, thousands of projects, BENCH_MEASUREMENTS measurements,
 * written with set-based SQL. Then run tools/bench/benefits-rollups.ts against it.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tools/seed/benefits-synthetic.ts
 */
const config = loadConfig(
  z.object({
    DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/postgres'),
    BENCH_DATABASE: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('samspill_benefits_bench'),
    BENCH_MEASUREMENTS: z.coerce.number().int().min(1000).default(10_000_000),
    BENCH_PROJECTS: z.coerce.number().int().min(10).default(5000),
  }),
);

export function benchDatabaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  const admin = new Client({ connectionString: config.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${config.BENCH_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${config.BENCH_DATABASE}`);
  await admin.end();
  const url = benchDatabaseUrl(config.DATABASE_URL, config.BENCH_DATABASE);
  const ds = createBenefitsDataSource(url);
  await initialiseDataSource(ds, url, OUTBOX.dbSchema);
  const started = Date.now();
  const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}`);
  await seedSynthetic((sql, params) => ds.query(sql, params), {
    municipalities: 357, networks: 15, initiatives: 120, goals: 45, projects: config.BENCH_PROJECTS, measurements: config.BENCH_MEASUREMENTS,
  }, log);
  const [size] = await ds.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
  log(`done: ${config.BENCH_MEASUREMENTS} measurements, ${config.BENCH_PROJECTS} projects, database ${config.BENCH_DATABASE} is ${size.size}`);
  await ds.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
