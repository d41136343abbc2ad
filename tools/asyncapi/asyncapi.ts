import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAsyncApiDocument } from './asyncapi-document';
import { CONSUMER_GROUPS } from './consumer-groups';

/**
 * Writes docs/asyncapi.json (committed) from the contracts and the services' consumers.
 * With --check, writes nothing and fails when the committed document is out of date (CI).
 * Runs from dist/ (compiled by tsc), like emit-sdl: the consumer modules it reads import
 * type-graphql classes, which need the decorator metadata tsc emits. Tests run it from source.
 */
const ROOT = join(__dirname, __dirname.split(/[\\/]/).includes('dist') ? '../../..' : '../..');
export const ASYNCAPI_PATH = join(ROOT, 'docs/asyncapi.json');

export function renderAsyncApi(): string {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return `${JSON.stringify(buildAsyncApiDocument(CONSUMER_GROUPS, version), null, 2)}\n`;
}

function main() {
  const text = renderAsyncApi();
  let committed = '';
  try {
    committed = readFileSync(ASYNCAPI_PATH, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (process.argv.includes('--check')) {
    if (committed !== text) {
      console.error(`${ASYNCAPI_PATH} is out of date (run \`npm run asyncapi\` and commit)`);
      process.exit(1);
    }
    return;
  }
  if (committed !== text) writeFileSync(ASYNCAPI_PATH, text);
  console.error(`wrote ${ASYNCAPI_PATH}`);
}

if (require.main === module) main();
