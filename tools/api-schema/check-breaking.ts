import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { apiSchema, apiSchemaSdl, ROOT } from './api-schema';

/**
 * CI: composes the public API schema from the committed supergraph and compares it with the last
 * released one (docs/api/released-schema.graphql). Breaking changes fail; dangerous ones are
 * listed. Evolve by adding fields and deprecating old ones (`@deprecated(reason:)`), then release
 * with `npm run api:release-schema`, which records the current schema as the new baseline.
 */
const RELEASED = join(ROOT, 'docs/api/released-schema.graphql');
const HEADER = '# The last released public API schema: the baseline `npm run api:breaking` compares against.\n# Update only when releasing: `npm run api:release-schema`.\n\n';

async function main() {
  if (process.argv.includes('--release')) {
    writeFileSync(RELEASED, `${HEADER}${apiSchemaSdl()}\n`);
    console.log(`recorded ${RELEASED}`);
    return;
  }
  const changes = await diff(buildSchema(readFileSync(RELEASED, 'utf8')), apiSchema());
  const of = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
  for (const c of of(CriticalityLevel.Dangerous)) console.log(`dangerous: ${c.message}`);
  console.log(`${changes.length} change(s) since the released schema: ${of(CriticalityLevel.Breaking).length} breaking, ${of(CriticalityLevel.Dangerous).length} dangerous, ${of(CriticalityLevel.NonBreaking).length} safe`);
  const breaking = of(CriticalityLevel.Breaking);
  if (breaking.length > 0) {
    console.error('\nbreaking changes (deprecate instead of removing or changing; see docs/api.md):');
    for (const c of breaking) console.error(`  ${c.message}${c.criticality.reason ? ` (${c.criticality.reason})` : ''}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
