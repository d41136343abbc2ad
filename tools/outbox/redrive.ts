import { Client } from 'pg';
import { z } from 'zod';
import { loadConfig, postgresUrl } from '@samspill/server-config';
import { redriveParkedRows } from '@samspill/server-events';

/**
 * Re-drives parked (DEAD) outbox rows once their cause is fixed:
 *
 *   npm run outbox:redrive                               every service's schema
 *   npm run outbox:redrive -- --service portfolios       one schema
 *   npm run outbox:redrive -- --service portfolios --seq 41 --seq 42
 */
const SCHEMAS = ['network_strategy', 'portfolios', 'consultation', 'benefits'];

function parseArgs(argv: string[]): { schemas: string[]; seqs: string[] } {
  const schemas: string[] = [];
  const seqs: string[] = [];
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--service' && value && SCHEMAS.includes(value.replace(/-/g, '_'))) schemas.push(value.replace(/-/g, '_'));
    else if (flag === '--seq' && value && /^\d+$/.test(value)) seqs.push(value);
    else throw new Error(`usage: outbox:redrive [--service ${SCHEMAS.join('|')}] [--seq n …] (got ${flag} ${value ?? ''})`);
  }
  return { schemas: schemas.length > 0 ? schemas : SCHEMAS, seqs };
}

async function main() {
  const { DATABASE_URL } = loadConfig(z.object({ DATABASE_URL: postgresUrl }));
  const { schemas, seqs } = parseArgs(process.argv.slice(2));
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    for (const schema of schemas) {
      const [{ exists }] = (await client.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`${schema}.outbox`])).rows;
      if (!exists) continue;
      const db = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows };
      console.log(`${schema}: ${await redriveParkedRows(db, schema, seqs)} row(s) re-driven`);
    }
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error((err as Error).message);
  process.exit(1);
});
