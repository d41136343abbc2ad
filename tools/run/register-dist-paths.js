// Lets compiled code in dist/ resolve the `@samspill/*` aliases of tsconfig.base.json at run
// time (tsc does not rewrite import paths). Use: node -r ./tools/run/register-dist-paths.js dist/…
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

const root = join(__dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.ts$/, '.js'))]),
);
tsconfigPaths.register({ baseUrl: join(root, 'dist'), paths });
